import type { FieldDefinition, FormPage, ServiceItemDefinition } from './definition';
import { visibleFields, type ActingFor } from './prefill';

/**
 * The form's short pages (GOV.UK: one thing per page) as the definition groups them; an item without a
 * grouping is one page. Pages whose shown fields are all read from the card ask nothing and are passed over.
 */
export function formPages(def: ServiceItemDefinition): ReadonlyArray<FormPage> {
  return def.pages ?? [{ id: 'all', fields: def.fields.map((f) => f.name) }];
}

/** The fields shown on page `index`, in the definition's field order. */
export function fieldsOnPage(
  def: ServiceItemDefinition,
  index: number,
  actingFor: ActingFor,
): ReadonlyArray<FieldDefinition> {
  const names = new Set(formPages(def)[index]?.fields ?? []);
  return visibleFields(def, actingFor).filter((f) => names.has(f.name));
}

/** Whether a page asks the resident anything: some shown field is not locked (read from the card). */
export function pageAsks(
  def: ServiceItemDefinition,
  index: number,
  actingFor: ActingFor,
  locked: ReadonlyArray<string>,
): boolean {
  return fieldsOnPage(def, index, actingFor).some((f) => !locked.includes(f.name));
}

/** The next page from `index` in `direction` that asks something, or null past either end. */
export function adjacentPage(
  def: ServiceItemDefinition,
  index: number,
  direction: 1 | -1,
  actingFor: ActingFor,
  locked: ReadonlyArray<string>,
): number | null {
  const count = formPages(def).length;
  for (let i = index + direction; i >= 0 && i < count; i += direction)
    if (pageAsks(def, i, actingFor, locked)) return i;
  return null;
}

/** The first page that asks something (0 when none does: the page still shows what the card read). */
export function firstPage(def: ServiceItemDefinition, actingFor: ActingFor, locked: ReadonlyArray<string>) {
  return adjacentPage(def, -1, 1, actingFor, locked) ?? 0;
}

/** The last page that asks something. */
export function lastPage(def: ServiceItemDefinition, actingFor: ActingFor, locked: ReadonlyArray<string>) {
  return adjacentPage(def, formPages(def).length, -1, actingFor, locked) ?? formPages(def).length - 1;
}

/** The page of the first field (in page order) that has a problem, or null when none has. */
export function pageOfFirstProblem(
  def: ServiceItemDefinition,
  problems: Readonly<Record<string, string>>,
): number | null {
  const pages = formPages(def);
  for (const [i, page] of pages.entries()) if (page.fields.some((name) => name in problems)) return i;
  return null;
}

/** Only the problems of fields on page `index`. */
export function problemsOnPage(
  def: ServiceItemDefinition,
  index: number,
  problems: Readonly<Record<string, string>>,
): Record<string, string> {
  const names = new Set(formPages(def)[index]?.fields ?? []);
  return Object.fromEntries(Object.entries(problems).filter(([name]) => names.has(name)));
}
