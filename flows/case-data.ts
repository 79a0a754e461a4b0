import { lookupCode, type CodeTables } from '../domain/codes/code-tables';
import type { ServiceItemDefinition } from './definition';
import { fieldTypeOf } from './fields';
import { padDay } from './fields/date';
import { visibleFields, type ActingFor } from './prefill';

/**
 * The contract's input.data for ZZ01/ZZ02 (provincial-api.md) from the answers: every field of the item
 * (empty when not shown, e.g. 代办人 when acting for oneself), fixed values from the code tables, each value
 * normalised once by its field type (ends trimmed; inner spaces kept), dates padded, and promise_flag.
 * att[] is added by the sync worker once the photos are uploaded.
 */
export function buildCaseData(
  def: ServiceItemDefinition,
  answers: Readonly<Record<string, string>>,
  actingFor: ActingFor,
  usedPromise: boolean,
  codes: CodeTables,
): Record<string, string> {
  const shown = new Set(visibleFields(def, actingFor).map((f) => f.name));
  const data: Record<string, string> = {};
  for (const field of def.fields) {
    if (field.fixedKey !== undefined && field.codeTable) {
      data[field.name] = lookupCode(codes, field.codeTable, field.fixedKey) ?? '';
    } else if (shown.has(field.name)) {
      const value = fieldTypeOf(field, codes).normalize(answers[field.name] ?? '');
      data[field.name] = field.kind === 'date' && value ? padDay(value) : value;
    } else data[field.name] = '';
  }
  if (def.infno === 'ZZ02') {
    data.enddate ??= '';
    data.reflin_medins_name ??= '';
    data.refl_rea ??= '';
    data.promise_flag = usedPromise ? '1' : '0';
  }
  return data;
}
