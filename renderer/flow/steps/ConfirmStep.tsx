import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleFields } from '../../../flows/prefill';
import { regionFullNameIn, type RegionLanguage } from '../../../domain/regions/region-names';
import { useShell } from '../../shell/shell-context';
import type { FieldDefinition } from '../../../flows/definition';
import { useWizard } from '../wizard-context';
import { PhotoThumbnail } from '../../camera/PhotoThumbnail';
import { MaterialDocuments } from './MaterialDocuments';
import type { CodeTables } from '../../../domain/codes/code-tables';
import { choiceLabel } from '../inputs/FieldInput';

/** 确认提交 ("check your answers"): every answer and every page, each with a way back to change it. */
export function ConfirmStep() {
  const { t } = useTranslation('flow');
  const [ctx, send] = useWizard((c) => c);
  const { language } = useShell();
  const def = ctx.definition;
  const fields = visibleFields(def, ctx.actingFor);
  return (
    <div className="confirm">
      <ReviewPanel
        title={t('confirm.answers')}
        target="form"
        onEdit={(target) => send({ type: 'EDIT', target })}
      >
        <dl className="answers">
          {fields.map((f) => (
            <div key={f.name} className="answers__row" data-answer={f.name}>
              <dt>{t(`fields.${f.name}`)}</dt>
              <dd className="answers__value">
                {shown(f, (ctx.answers[f.name] ?? '').trim(), ctx.codes, t, language)}
              </dd>
              {/* GOV.UK's check-your-answers: each answer changed where it was given (not one read from the card).
                  In a dd of its own: a dl's group holds only dt and dd. */}
              {!ctx.locked.includes(f.name) && (
                <dd className="answers__edit">
                  <button
                    type="button"
                    className="btn btn--secondary"
                    data-testid={`edit-field-${f.name}`}
                    aria-label={t('editAnswer', { field: t(`fields.${f.name}`) })}
                    onClick={() => send({ type: 'EDIT', target: 'form', field: f.name })}
                  >
                    {t('confirm.edit')}
                  </button>
                </dd>
              )}
            </div>
          ))}
        </dl>
      </ReviewPanel>
      {(def.materials.length > 0 || def.promiseAllowed) && (
        <ReviewPanel
          title={t('confirm.materials')}
          target="photos"
          onEdit={(target) => send({ type: 'EDIT', target })}
        >
          {ctx.proofMode === 'promise' ? (
            <div className="materials-review">
              <p>{t('confirm.promiseUsed')}</p>
              {ctx.promisePage && <PhotoThumbnail src={ctx.promisePage.thumbnail} alt={t('promise.title')} />}
            </div>
          ) : (
            def.materials.map((m) => (
              <div key={m.id} className="materials-review">
                <p>
                  <MaterialDocuments documents={m.documents} />
                </p>
                {(ctx.pages[m.id] ?? []).map((p, i) => (
                  <PhotoThumbnail key={p.photoId} src={p.thumbnail} alt={`${i + 1}`} testId="confirm-thumb" />
                ))}
              </div>
            ))
          )}
        </ReviewPanel>
      )}
      <label className="tick tick--big">
        <input
          type="checkbox"
          checked={ctx.confirmTicked}
          data-testid="confirm-tick"
          aria-describedby={ctx.confirmTicked ? undefined : 'confirm-tick-hint'}
          {...(ctx.confirmTicked ? {} : { 'data-attention': t('confirm.mustTick') })}
          onChange={(e) => send({ type: 'TICK', ticked: e.target.checked })}
        />
        <span>{t('confirm.tick')}</span>
      </label>
      {!ctx.confirmTicked && (
        <p className="hint hint--warn" id="confirm-tick-hint">
          {t('confirm.mustTick')}
        </p>
      )}
      {ctx.submitError && (
        <p className="alert alert--error" role="alert" data-attention="" tabIndex={-1}>
          {t(`confirm.submitFailed.${ctx.submitError}`)}
        </p>
      )}
    </div>
  );
}

/** One part of "check your answers" with its way back to change it. */
function ReviewPanel(props: {
  title: string;
  target: 'form' | 'photos';
  onEdit: (target: 'form' | 'photos') => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('flow');
  return (
    <section className="panel">
      <div className="panel__head">
        <h2>{props.title}</h2>
        <button
          type="button"
          className="btn btn--secondary"
          data-testid={`edit-${props.target}`}
          onClick={() => props.onEdit(props.target)}
        >
          {t('confirm.edit')}
        </button>
      </div>
      {props.children}
    </section>
  );
}

/** An answer as the resident reads it: option names, region names, plain text (React escapes markup). */
function shown(
  field: FieldDefinition,
  value: string,
  codes: CodeTables,
  t: (k: string) => string,
  language: RegionLanguage,
): string {
  if (value === '') return t('confirm.empty');
  if (field.kind === 'choice') return choiceLabel(field, value, codes, t);
  if (field.kind === 'region') return regionFullNameIn(value, language) || value;
  return value;
}
