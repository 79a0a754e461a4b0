import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition, FieldSubject } from '../../../flows/definition';
import { isoDay } from '../../../flows/fields/date';
import { fieldsOnPage, formPages, pageAsks } from '../../../flows/form-pages';
import { copyOfferValue } from '../../../flows/known-answers';
import { OnScreenKeyboard } from '../../keyboard/on-screen-keyboard';
import { FieldInput } from '../inputs/FieldInput';
import { NumberReadout } from '../inputs/NumberReadout';
import { keepAboveKeyboard } from '../keep-above-keyboard';
import { useWizard } from '../wizard-context';

const PHONE_DIGITS = 11;
const SECTION_ORDER: ReadonlyArray<FieldSubject> = ['subject', 'case', 'agent'];
const SECTION_TITLE: Record<FieldSubject, string> = {
  subject: 'hints.subjectSection',
  case: 'hints.caseSection',
  agent: 'hints.agentSection',
};

/**
 * 填写: one short page of the item's form at a time (the definition's pages), grouped by whom each field
 * describes; card-read fields locked; the page's problems shown next to their fields after 下一步. Typed
 * fields open the on-screen keyboard docked at the bottom, and the page scrolls so the field stays above it.
 */
export function FormStep() {
  const { t } = useTranslation('flow');
  const [
    { def, actingFor, answers, locked, errors, pageIndex, person, startedAt, kioskCounty, focusField },
    send,
  ] = useWizard((c) => ({
    def: c.definition,
    actingFor: c.actingFor,
    answers: c.answers,
    locked: c.locked,
    errors: c.errors,
    pageIndex: c.pageIndex,
    person: c.person,
    startedAt: c.startedAt,
    kioskCounty: c.kioskCounty,
    focusField: c.focusField,
  }));
  const [typing, setTyping] = useState<FieldDefinition | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const dockRef = useRef<HTMLDivElement>(null);
  const pages = formPages(def);
  const page = pages[pageIndex];
  const asking = pages.map((_, i) => i).filter((i) => pageAsks(def, i, actingFor, locked));
  const fields = fieldsOnPage(def, pageIndex, actingFor);
  const problemCount = Object.keys(errors).length;
  const today = isoDay(new Date(startedAt));
  const set = (name: string, value: string) => send({ type: 'SET_FIELD', name, value });
  const shownTyping = typing && fields.some((f) => f.name === typing.name) ? typing : null;

  // After every change of what is typed or of its problem: the field and its problem sit above the keyboard.
  const problemOfTyping = shownTyping ? errors[shownTyping.name] : undefined;
  useLayoutEffect(() => {
    if (!formRef.current) return;
    if (!shownTyping || !dockRef.current) {
      formRef.current.style.paddingBottom = ''; // the keyboard closed: no room kept for it
      return;
    }
    const field = formRef.current.querySelector<HTMLElement>(`[data-field="${shownTyping.name}"]`);
    if (field) keepAboveKeyboard(field, formRef.current, dockRef.current);
  }, [shownTyping, problemOfTyping]);
  // The keyboard can grow while typing (a refused key's message, 手写): the field stays above it.
  useEffect(() => {
    const dock = dockRef.current;
    if (!shownTyping || !dock) return;
    const observer = new ResizeObserver(() => {
      const field = formRef.current?.querySelector<HTMLElement>(`[data-field="${shownTyping.name}"]`);
      if (field && formRef.current) keepAboveKeyboard(field, formRef.current, dock);
    });
    observer.observe(dock);
    return () => observer.disconnect();
  }, [shownTyping]);

  // 修改 of one answer on 确认提交: its field comes into view with the focus (a typed one opens its keyboard).
  useEffect(() => {
    if (!focusField || !formRef.current) return;
    const field = formRef.current.querySelector<HTMLElement>(`[data-field="${focusField}"]`);
    const target = field?.querySelector<HTMLElement>('input, button');
    field?.scrollIntoView({ block: 'center' });
    target?.focus();
    // Only when the page opens for that 修改: later changes of the page keep the resident's own focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      ref={formRef}
      className={shownTyping ? 'form form--typing' : 'form'}
      data-page={page?.id ?? ''}
      data-testid="form-page"
    >
      {pages.length > 1 && page && (
        <div className="form__page-head">
          <h2 className="form__page-title">{t(`formPages.${page.id}`)}</h2>
          <span className="form__page-progress">
            {t('formPages.progress', {
              page: Math.max(1, asking.indexOf(pageIndex) + 1),
              count: Math.max(1, asking.length),
            })}
          </span>
        </div>
      )}
      {problemCount > 0 && (
        <p
          className="alert alert--error"
          role="alert"
          data-testid="form-errors"
          data-attention=""
          tabIndex={-1}
        >
          {t('errors.summary', { count: problemCount })}
        </p>
      )}
      {SECTION_ORDER.map((section) => {
        const inSection = fields.filter((f) => f.subject === section);
        if (inSection.length === 0) return null;
        return (
          <fieldset key={section} className="form__section">
            <legend>{t(SECTION_TITLE[section])}</legend>
            {inSection.map((field) => (
              <FieldInput
                key={field.name}
                field={field}
                value={answers[field.name] ?? ''}
                locked={locked.includes(field.name)}
                problem={errors[field.name]}
                active={shownTyping?.name === field.name}
                today={today}
                homeCounty={kioskCounty}
                copyValue={copyOfferValue(field, answers, person, actingFor)}
                hospitalRegion={field.hospitalsIn ? (answers[field.hospitalsIn] ?? '') : ''}
                onChange={(v) => set(field.name, v)}
                onStartTyping={() => setTyping(field)}
              />
            ))}
          </fieldset>
        );
      })}
      {shownTyping && (
        <div ref={dockRef} className="keyboard-dock" data-testid="keyboard">
          {shownTyping.keyboard !== 'pinyin' && shownTyping.keyboard !== undefined && (
            <NumberReadout kind={shownTyping.kind} value={answers[shownTyping.name] ?? ''} />
          )}
          <OnScreenKeyboard
            mode={shownTyping.keyboard ?? 'pinyin'}
            value={answers[shownTyping.name] ?? ''}
            maxLength={
              shownTyping.maxLength ??
              (shownTyping.kind === 'phone' ? PHONE_DIGITS : shownTyping.kind === 'bankAccount' ? 30 : 50)
            }
            onChange={(v) => {
              set(shownTyping.name, v);
              // A mobile number is complete at 11 digits: the pad closes by itself (the readout showed it).
              if (shownTyping.kind === 'phone' && v.length === PHONE_DIGITS) setTyping(null);
            }}
            onDone={(v) => {
              set(shownTyping.name, v);
              setTyping(null);
            }}
          />
        </div>
      )}
    </div>
  );
}
