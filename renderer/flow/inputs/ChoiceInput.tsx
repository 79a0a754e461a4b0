import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../flows/definition';

const BUTTONS_UP_TO = 8;

/** A short list as big buttons (one tap); a long list (民族, 58 entries) as a picker. Never typing. */
export function ChoiceInput(props: {
  id: string;
  field: FieldDefinition;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('flow');
  const options = props.field.options ?? [];
  const label = (code: string) => t(`options.${props.field.name}.${code}`);
  if (options.length <= BUTTONS_UP_TO) {
    return (
      <div id={props.id} className="choice-row" role="radiogroup">
        {options.map((code) => (
          <button
            key={code}
            type="button"
            role="radio"
            className="choice"
            aria-checked={props.value === code}
            onClick={() => props.onChange(code)}
          >
            {label(code)}
          </button>
        ))}
      </div>
    );
  }
  return (
    <select
      id={props.id}
      className="select"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">{t('hints.pick')}</option>
      {options.map((code) => (
        <option key={code} value={code}>
          {label(code)}
        </option>
      ))}
    </select>
  );
}
