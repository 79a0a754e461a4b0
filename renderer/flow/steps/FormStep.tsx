import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition, FieldSubject } from '../../../flows/definition';
import { visibleFields } from '../../../flows/prefill';
import { OnScreenKeyboard } from '../../keyboard/on-screen-keyboard';
import { FieldInput } from '../inputs/FieldInput';
import { useWizard } from '../wizard-context';

const SECTION_ORDER: ReadonlyArray<FieldSubject> = ['subject', 'case', 'agent'];
const SECTION_TITLE: Record<FieldSubject, string> = {
  subject: 'hints.subjectSection',
  case: 'hints.caseSection',
  agent: 'hints.agentSection',
};

/**
 * 填写: every field of the item, grouped by whom it describes; card-read fields locked; all problems shown at
 * once next to their fields after 下一步. Typed fields open the on-screen keyboard docked at the bottom.
 */
export function FormStep() {
  const { t } = useTranslation('flow');
  const [{ def, actingFor, answers, locked, errors }, send] = useWizard((c) => ({
    def: c.definition,
    actingFor: c.actingFor,
    answers: c.answers,
    locked: c.locked,
    errors: c.errors,
  }));
  const [typing, setTyping] = useState<FieldDefinition | null>(null);
  const fields = visibleFields(def, actingFor);
  const problemCount = Object.keys(errors).length;
  const set = (name: string, value: string) => send({ type: 'SET_FIELD', name, value });

  return (
    <div className={typing ? 'form form--typing' : 'form'}>
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
                active={typing?.name === field.name}
                onChange={(v) => set(field.name, v)}
                onStartTyping={() => setTyping(field)}
              />
            ))}
          </fieldset>
        );
      })}
      {typing && (
        <div className="keyboard-dock" data-testid="keyboard">
          <OnScreenKeyboard
            mode={typing.keyboard ?? 'pinyin'}
            value={answers[typing.name] ?? ''}
            maxLength={
              typing.maxLength ?? (typing.kind === 'phone' ? 11 : typing.kind === 'bankAccount' ? 30 : 50)
            }
            onChange={(v) => set(typing.name, v)}
            onDone={(v) => {
              set(typing.name, v);
              setTyping(null);
            }}
          />
        </div>
      )}
    </div>
  );
}
