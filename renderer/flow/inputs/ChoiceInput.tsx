import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesOf } from '../../../domain/codes/code-tables';
import type { FieldDefinition } from '../../../flows/definition';
import { useCodeTables } from '../use-code-tables';

/** A list up to this long is all buttons; a longer one (民族, 58) shows its first ones and 更多选项. */
const SHOWN_FIRST = 8;

/**
 * Choices as big buttons, one tap, never typing and never a native select. The values are the province's
 * codes from the code tables in force (in the table's order: the common ones, e.g. 汉族, come first); the
 * labels are the kiosk's, through i18next.
 */
export function ChoiceInput(props: {
  id: string;
  field: FieldDefinition;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('flow');
  const codes = useCodeTables();
  const [expanded, setExpanded] = useState(false);
  const table = props.field.codeTable;
  const options = table ? entriesOf(codes, table) : [];
  const label = (key: string) => t(`options.${table}.${key}`);
  const long = options.length > SHOWN_FIRST + 1;
  const shown = !long || expanded ? options : options.slice(0, SHOWN_FIRST);
  // A chosen option beyond the first ones stays in sight when the list is folded.
  const chosenHidden = long && !expanded && !shown.some(([, code]) => code === props.value);
  const chosen = options.find(([, code]) => code === props.value);
  const visible = chosenHidden && chosen ? [...shown, chosen] : shown;
  return (
    <div id={props.id} className={long ? 'choice-row choice-row--grid' : 'choice-row'} role="radiogroup">
      {visible.map(([key, code]) => (
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
      {long && (
        <button type="button" className="choice choice--more" onClick={() => setExpanded(!expanded)}>
          {t(expanded ? 'pickers.fewer' : 'pickers.more')}
        </button>
      )}
    </div>
  );
}
