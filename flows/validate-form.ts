import type { CodeTables } from '../domain/codes/code-tables';
import type { ServiceItemDefinition } from './definition';
import { fieldTypeOf } from './fields';
import { visibleFields, type ActingFor } from './prefill';
import { applyRules } from './rules';

export type FormCheckOptions = Readonly<{
  /** The province's code tables in force: a choice must be one of their codes. */
  codes: CodeTables;
  /** The subject's 参保地 (1101), when known: the 备案 rules compare the 转往就医地 with it. */
  insuredAdmdvs?: string | null;
  /** The business day's UTC offset (setting utcOffset); default +08:00. */
  utcOffsetMinutes?: number;
  /**
   * Fields whose values came from the ID card (read by the kiosk's own reader): the card is the authority on
   * a name, so its characters (private-use rare characters included) are never refused by the kiosk's rules.
   */
  fromCard?: ReadonlyArray<string>;
}>;

/**
 * Every problem of the form at once (一次性告知): required fields left empty, values their type refuses, then
 * the item's cross-field rules on the values that passed. Field name → problem key (`flow:errors.*`).
 */
export function validateForm(
  def: ServiceItemDefinition,
  answers: Readonly<Record<string, string>>,
  actingFor: ActingFor,
  today: Date,
  options: FormCheckOptions,
): Record<string, string> {
  const { codes, utcOffsetMinutes } = options;
  const tz = utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes };
  const problems: Record<string, string> = {};
  const normalized: Record<string, string> = {};
  for (const field of visibleFields(def, actingFor)) {
    const type = fieldTypeOf(field, codes);
    const value = type.normalize(answers[field.name] ?? '');
    normalized[field.name] = value;
    if (value === '') {
      if (field.required) problems[field.name] = 'required';
      continue;
    }
    if (options.fromCard?.includes(field.name)) continue;
    const problem = type.problem(value, { today, ...tz });
    if (problem) problems[field.name] = problem;
  }
  const passed = Object.fromEntries(Object.entries(normalized).filter(([name]) => !(name in problems)));
  const ruleProblems = applyRules(def.rules, {
    answers: passed,
    actingFor,
    today,
    codes,
    insuredAdmdvs: options.insuredAdmdvs ?? null,
    ...tz,
  });
  for (const [name, problem] of Object.entries(ruleProblems)) problems[name] ??= problem;
  return problems;
}

/** Whether the resident may set this field at all: unknown and fixed fields are refused (the renderer is untrusted). */
export function isEditableField(def: ServiceItemDefinition, name: string): boolean {
  return def.fields.some((f) => f.name === name && f.fixedKey === undefined);
}
