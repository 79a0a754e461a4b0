import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../flows/definition';
import { ChoiceInput } from './ChoiceInput';
import { DateInput } from './DateInput';
import { RegionInput } from './RegionInput';
import type { CodeTables } from '../../../domain/codes/code-tables';
import { codeLabelKey, useCodeTables } from '../use-code-tables';
import { hospitalSuggestions } from '../../../flows/hospital-suggestions';
import { translateRegionName } from '../../../domain/regions/region-names';
import { useShell } from '../../shell/shell-context';

/** One labelled field: the right input for its kind, its locked state, and its problem in plain words. */
export function FieldInput(props: {
  field: FieldDefinition;
  value: string;
  locked: boolean;
  problem: string | undefined;
  active: boolean;
  /** The session's business day (yyyy-MM-dd): where date pickers start and what their bounds count from. */
  today: string;
  /** The kiosk's own county: region pickers put it first. */
  homeCounty: string | null;
  /** What the field's one-tap copy offer would put in (flows/known-answers.ts), or null. */
  copyValue: string | null;
  /** The region chosen in the field's `hospitalsIn` field ('' when none): its hospitals are offered. */
  hospitalRegion: string;
  onChange: (value: string) => void;
  onStartTyping: () => void;
}) {
  const { t } = useTranslation('flow');
  const codes = useCodeTables();
  const { language } = useShell();
  const { field, value, locked, problem } = props;
  const id = `field-${field.name}`;
  const label = t(`fields.${field.name}`);
  return (
    <div className={problem ? 'field field--invalid' : 'field'} data-field={field.name}>
      <label className="field__label" htmlFor={id}>
        {label}
        {field.required && !locked && <span className="field__required">*</span>}
      </label>
      <div className="field__control">
        {locked ? (
          <output id={id} className="field__locked" title={t('hints.locked')}>
            {choiceLabel(field, value, codes, t)}
          </output>
        ) : (
          input(props, id)
        )}
        {locked && <span className="field__lock-hint">{t('hints.locked')}</span>}
        {!locked && props.copyValue !== null && props.copyValue !== value && (
          <button
            type="button"
            className="choice field__copy"
            data-testid={`copy-${field.name}`}
            onClick={() => props.onChange(props.copyValue ?? '')}
          >
            {t(`copyOffer.${field.name}`, { value: props.copyValue })}
          </button>
        )}
        {/* The one-tap answers are for not typing: while the keyboard is open on this field they give way, as
            on a 1366×768 elder screen the room above the keys holds the field and its problem, not them too. */}
        {!locked &&
          !props.active &&
          field.phrases?.map((phrase) => (
            <button
              key={phrase.key}
              type="button"
              className="choice field__phrase"
              aria-pressed={value === phrase.text}
              data-testid={`phrase-${field.name}-${phrase.key}`}
              onClick={() => props.onChange(phrase.text)}
            >
              {t(`phrases.${field.name}.${phrase.key}`)}
            </button>
          ))}
        {!locked &&
          !props.active &&
          props.hospitalRegion !== '' &&
          hospitalSuggestions(props.hospitalRegion).map((h) => (
            <button
              key={h.key}
              type="button"
              className="choice field__phrase"
              aria-pressed={value === h.text}
              data-testid={`phrase-${field.name}-${h.key}`}
              onClick={() => props.onChange(h.text)}
            >
              {t(`hospitalSuggestion.${h.kind}`, { place: translateRegionName(h.place, language) })}
            </button>
          ))}
        {field.name === 'bank_acct' && <span className="field__hint">{t('hints.bank_acct')}</span>}
      </div>
      {problem && (
        <p className="field__problem" role="alert" data-testid={`problem-${field.name}`}>
          {t(`errors.${problem}`)}
        </p>
      )}
    </div>
  );
}

function input(props: Parameters<typeof FieldInput>[0], id: string) {
  const { field, value, onChange } = props;
  switch (field.kind) {
    case 'choice':
      return <ChoiceInput id={id} field={field} value={value} onChange={onChange} />;
    case 'date':
      return (
        <DateInput
          id={id}
          value={value}
          today={props.today}
          {...(field.dateBounds ? { bounds: field.dateBounds } : {})}
          onChange={onChange}
        />
      );
    case 'region':
      return (
        <RegionInput
          id={id}
          value={value}
          includeHkMoTw={field.includeHkMoTw ?? false}
          homeCounty={props.homeCounty}
          onChange={onChange}
        />
      );
    default:
      return (
        // Typed on the on-screen keyboard only: inputMode none keeps any OS keyboard away.
        <input
          id={id}
          className={props.active ? 'text-input text-input--active' : 'text-input'}
          value={value}
          inputMode="none"
          autoComplete="off"
          readOnly
          onFocus={props.onStartTyping}
          onClick={props.onStartTyping}
        />
      );
  }
}

/** A choice's label, or the value itself for every other kind. */
export function choiceLabel(
  field: FieldDefinition,
  value: string,
  codes: CodeTables,
  t: (k: string) => string,
): string {
  if (field.kind !== 'choice' || !field.codeTable) return value;
  const key = codeLabelKey(codes, field.codeTable, value);
  return key ? t(key) : value;
}
