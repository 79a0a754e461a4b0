import type { ServiceItemDefinition } from './definition';
import { padDay } from './fields/date';
import { visibleFields, type ActingFor } from './prefill';

/**
 * The contract's input.data for ZZ01/ZZ02 (provincial-api.md) from the answers: every field of the item
 * (empty when not shown, e.g. 代办人 when acting for oneself), fixed values, dates padded, and promise_flag.
 * att[] is added by the sync worker once the photos are uploaded.
 */
export function buildCaseData(
  def: ServiceItemDefinition,
  answers: Readonly<Record<string, string>>,
  actingFor: ActingFor,
  usedPromise: boolean,
): Record<string, string> {
  const shown = new Set(visibleFields(def, actingFor).map((f) => f.name));
  const data: Record<string, string> = {};
  for (const field of def.fields) {
    if (field.fixed !== undefined) data[field.name] = field.fixed;
    else if (shown.has(field.name)) {
      const value = answers[field.name] ?? '';
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
