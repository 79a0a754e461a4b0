import type { ServiceItemDefinition } from './definition';
import { fieldTypeOf } from './fields';
import { visibleFields, type ActingFor } from './prefill';
import { applyRules } from './rules';

/**
 * Every problem of the form at once (一次性告知): required fields left empty, values their type refuses, then
 * the item's cross-field rules on the values that passed. Field name → problem key (`flow:errors.*`).
 */
export function validateForm(
  def: ServiceItemDefinition,
  answers: Readonly<Record<string, string>>,
  actingFor: ActingFor,
  today: Date,
  /** The business day's UTC offset (setting utcOffset); default +08:00. */
  utcOffsetMinutes?: number,
): Record<string, string> {
  const tz = utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes };
  const problems: Record<string, string> = {};
  for (const field of visibleFields(def, actingFor)) {
    const value = answers[field.name] ?? '';
    if (value === '') {
      if (field.required) problems[field.name] = 'required';
      continue;
    }
    const problem = fieldTypeOf(field).problem(value, { today, ...tz });
    if (problem) problems[field.name] = problem;
  }
  const passed = Object.fromEntries(Object.entries(answers).filter(([name]) => !(name in problems)));
  const ruleProblems = applyRules(def.rules, { answers: passed, actingFor, today, ...tz });
  for (const [name, problem] of Object.entries(ruleProblems)) problems[name] ??= problem;
  return problems;
}

/** Normalises one answer with its field's type; unknown fields are refused (the renderer is untrusted). */
export function normalizeAnswer(def: ServiceItemDefinition, name: string, raw: string): string | null {
  const field = def.fields.find((f) => f.name === name && f.fixed === undefined);
  return field ? fieldTypeOf(field).normalize(raw) : null;
}
