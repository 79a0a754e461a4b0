import { buildCaseData } from './case-data';
import type { CaseSubmission, WizardContext } from './wizard-types';

/** The matl_type of a signed 个人承诺书 page. */
export const PROMISE_MATL_TYPE = 'PROMISE';

/** Builds what 提交 stores: the contract's input.data, the pages in order, and who the case is about. */
export function buildSubmission(ctx: WizardContext): CaseSubmission {
  const def = ctx.definition;
  if (def.infno === null) throw new Error(`${def.id} submits no case`);
  const usedPromise = def.promiseAllowed && ctx.proofMode === 'promise';
  const data = buildCaseData(def, ctx.answers, ctx.actingFor, usedPromise);
  const materials = usedPromise
    ? ctx.promisePage
      ? [
          {
            photoId: ctx.promisePage.photoId,
            sha256: ctx.promisePage.sha256,
            matlType: PROMISE_MATL_TYPE,
            page: 1,
          },
        ]
      : []
    : def.materials.flatMap((m) =>
        (ctx.pages[m.id] ?? []).map((p, i) => ({
          photoId: p.photoId,
          sha256: p.sha256,
          matlType: m.matlType,
          page: i + 1,
        })),
      );
  return {
    itemId: def.id,
    infno: def.infno,
    data,
    materials,
    person: { certno: data.certno ?? '', name: data.psn_name ?? '', certType: data.psn_cert_type ?? '' },
    insuplcAdmdvs: def.infno === 'ZZ01' ? (data.insu_admdvs ?? '') : (ctx.person?.insuplcAdmdvs ?? ''),
    usedPromise,
  };
}
