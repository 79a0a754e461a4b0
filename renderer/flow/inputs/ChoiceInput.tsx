import { useTranslation } from 'react-i18next';
import { entriesOf } from '../../../domain/codes/code-tables';
import type { FieldDefinition } from '../../../flows/definition';
import { useCodeTables } from '../use-code-tables';

const BUTTONS_UP_TO = 8;

/**
 * A short list as big buttons (one tap); a long list (民族, 58 entries) as a picker. Never typing. The values
 * are the province's codes from the code tables in force; the labels are the kiosk's, through i18next.
 */
export function ChoiceInput(props: {
  id: string;
  field: FieldDefinition;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('flow');
  const codes = useCodeTables();
  const table = props.field.codeTable;
  const options = table ? entriesOf(codes, table) : [];
  const label = (key: string) => t(`options.${table}.${key}`);
  if (options.length <= BUTTONS_UP_TO) {
    return (
      <div id={props.id} className="choice-row" role="radiogroup">
        {options.map(([key, code]) => (
          <button
            key={code}
            type="button"
            role="radio"
            className="choice"
            aria-checked={props.value === code}
            onClick={() => props.onChange(code)}
          >
            {label(key)}
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
      {options.map(([key, code]) => (
        <option key={code} value={code}>
          {label(key)}
        </option>
      ))}
    </select>
  );
}
