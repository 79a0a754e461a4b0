import { codeOf, type CodeTables } from '../domain/codes/code-tables';
import { buildCaseData } from './case-data';
import type { ServiceItemDefinition } from './definition';
import type { IdentityPerson } from './identity';
import { prefill } from './prefill';
import type { CaseSubmission, WizardContext } from './wizard-types';

/** The material id of a signed 个人承诺书 page (it replaces every proof of a 备案 item). */
export const PROMISE_MATERIAL_ID = 'promise';

/**
 * What 提交 sends to the Node side: the resident's answers and which page belongs to which material. Nothing
 * here is trusted there: the Node side builds the province's message itself (resolveSubmission).
 */
export function buildSubmission(ctx: WizardContext): CaseSubmission {
  const def = ctx.definition;
  if (def.infno === null) throw new Error(`${def.id} submits no case`);
  const usedPromise = def.promiseAllowed && ctx.proofMode === 'promise';
  const pages = usedPromise
    ? ctx.promisePage
      ? [
          {
            materialId: PROMISE_MATERIAL_ID,
            photoId: ctx.promisePage.photoId,
            sha256: ctx.promisePage.sha256,
          },
        ]
      : []
    : def.materials.flatMap((m) =>
        (ctx.pages[m.id] ?? []).map((p) => ({ materialId: m.id, photoId: p.photoId, sha256: p.sha256 })),
      );
  return { itemId: def.id, actingFor: ctx.actingFor, answers: { ...ctx.answers }, usedPromise, pages };
}

export type ResolvedPage = Readonly<{
  photoId: string;
  sha256: string;
  materialId: string;
  matlType: string;
}>;

export type ResolvedSubmission = Readonly<{
  /** The contract's input.data, without att[]. */
  data: Record<string, string>;
  pages: ReadonlyArray<ResolvedPage>;
  /** Materials with fewer pages than the item requires (empty when complete). */
  missing: ReadonlyArray<string>;
  /** Pages naming a material this item does not have. */
  unknownPages: number;
  /** The fields the ID card filled in (trusted as read: see validateForm's fromCard). */
  fromCard: ReadonlyArray<string>;
}>;

/**
 * The province's message from a submission, by the item's own definition: what the ID card said overrides the
 * answers for the holder's fields, fixed values and 材料类型 come from the code tables, and the pages are
 * checked against the materials the item requires.
 */
export function resolveSubmission(
  def: ServiceItemDefinition,
  s: CaseSubmission,
  holder: IdentityPerson,
  codes: CodeTables,
): ResolvedSubmission {
  const usedPromise = def.promiseAllowed && s.usedPromise;
  const fromCard = prefill(def, holder, s.actingFor, codes).answers;
  const data = buildCaseData(def, { ...s.answers, ...fromCard }, s.actingFor, usedPromise, codes);
  const byId = new Map(def.materials.map((m) => [m.id, m] as const));
  const pages: ResolvedPage[] = [];
  let unknownPages = 0;
  for (const p of s.pages) {
    // With a 个人承诺书 its page is the only one; otherwise each page belongs to one of the item's materials.
    const matlKey = usedPromise
      ? p.materialId === PROMISE_MATERIAL_ID
        ? 'promise'
        : null
      : (byId.get(p.materialId)?.matlKey ?? null);
    if (matlKey === null) {
      unknownPages++;
      continue;
    }
    pages.push({ ...p, matlType: codeOf(codes, 'matl_type', matlKey) });
  }
  const count = (id: string) => pages.filter((p) => p.materialId === id).length;
  const missing = usedPromise
    ? count(PROMISE_MATERIAL_ID) === 1
      ? []
      : [PROMISE_MATERIAL_ID]
    : def.materials.filter((m) => count(m.id) < m.minPages || count(m.id) > m.maxPages).map((m) => m.id);
  return { data, pages, missing, unknownPages, fromCard: Object.keys(fromCard) };
}
