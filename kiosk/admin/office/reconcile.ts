import type { ReconcileKind, ReconcileLine } from '../../../api/office-contract';
import type { CaseStatus } from '../../../db/case-types';
import { statusForAcpStas } from '../../../db/outbox';
import type { CallResult } from '../../../sync/call-result';
import type { ReconcileOutput, ReconcileRow } from '../../../sync/province-types';

/** A local case as reconciliation needs it: from the kiosk's database or from an exported ledger CSV. */
export type LocalCase = Readonly<{
  caseId: string;
  caseNo: string;
  itemId: string;
  status: CaseStatus;
  trtDclaDetlSn: string | null;
  certnoMask: string;
  createdAt: number;
  /** Every submit msgid the case went out under (a resend makes a new one). */
  submitMsgids: ReadonlyArray<string>;
  resendRefusal: ReconcileLine['resendRefusal'];
}>;

/** The province's listing for a date range, every page. */
export type ProvinceListing = (from: string, to: string) => Promise<Array<ReconcileRow>>;

export const ZZ04_PAGE_SIZE = 500;

export class ProvinceListingError extends Error {
  override readonly name = 'ProvinceListingError';
}

/**
 * ZZ04 for [from, to], all pages (page_num from 1, page_size ≤ 500, until `total` rows arrived). A refusal or
 * an unreachable province fails the whole listing: half a listing would report cases as missing that are not.
 */
export function zz04Listing(
  reconcile: (q: {
    begndate: string;
    enddate: string;
    page_num: number;
    page_size: number;
  }) => Promise<CallResult<ReconcileOutput>>,
  pageSize = ZZ04_PAGE_SIZE,
): ProvinceListing {
  return async (from, to) => {
    const rows: ReconcileRow[] = [];
    for (let page = 1; ; page++) {
      const r = await reconcile({ begndate: from, enddate: to, page_num: page, page_size: pageSize });
      if (r.kind === 'refused') throw new ProvinceListingError(`ZZ04 refused: ${r.errMsg}`);
      if (r.kind !== 'ok') throw new ProvinceListingError(`ZZ04 failed: ${r.kind}: ${r.detail}`);
      rows.push(...r.output.list);
      if (r.output.list.length === 0 || rows.length >= r.output.total) return rows;
    }
  };
}

/**
 * The comparison: each province row is matched to a local case by its ref_msgid (any submit msgid the case
 * had) or its 受理编号 (trt_dcla_detl_sn); `lookup` finds cases created outside the range (a case made at
 * 23:59 the province received after midnight). Then:
 * - matched: both have it, and the province's acp_stas is the kiosk's status;
 * - status-differs: both have it, statuses differ;
 * - unknown-locally: the province has it, the kiosk does not;
 * - missing-at-province: a local case of the range the province does not list.
 */
export function compareWithProvince(
  local: ReadonlyArray<LocalCase>,
  province: ReadonlyArray<ReconcileRow>,
  lookup: (row: ReconcileRow) => LocalCase | null = () => null,
): Array<ReconcileLine> {
  const byMsgid = new Map<string, LocalCase>();
  const bySn = new Map<string, LocalCase>();
  for (const c of local) {
    for (const m of c.submitMsgids) byMsgid.set(m, c);
    if (c.trtDclaDetlSn) bySn.set(c.trtDclaDetlSn, c);
  }
  const seen = new Set<string>();
  const lines: ReconcileLine[] = [];
  for (const row of province) {
    const c = byMsgid.get(row.ref_msgid) ?? bySn.get(row.trt_dcla_detl_sn) ?? lookup(row);
    if (!c) {
      lines.push(line('unknown-locally', null, row));
      continue;
    }
    seen.add(c.caseId);
    const same = statusForAcpStas(row.acp_stas) === c.status;
    lines.push(line(same ? 'matched' : 'status-differs', c, row));
  }
  for (const c of local) if (!seen.has(c.caseId)) lines.push(line('missing-at-province', c, null));
  return lines;
}

function line(kind: ReconcileKind, c: LocalCase | null, row: ReconcileRow | null): ReconcileLine {
  return {
    kind,
    caseId: c?.caseId ?? null,
    caseNo: c?.caseNo ?? null,
    itemId: c?.itemId ?? null,
    localStatus: c?.status ?? null,
    provinceAcpStas: row?.acp_stas ?? null,
    trtDclaDetlSn: row?.trt_dcla_detl_sn || c?.trtDclaDetlSn || null,
    refMsgid: row?.ref_msgid ?? null,
    certnoMask: row?.certno_mask ?? c?.certnoMask ?? '',
    createdAt: c?.createdAt ?? null,
    recvTime: row?.recv_time ?? null,
    resendRefusal: kind === 'missing-at-province' && c ? c.resendRefusal : null,
  };
}

export function countLines(lines: ReadonlyArray<ReconcileLine>): Record<ReconcileKind, number> {
  const counts = { matched: 0, 'missing-at-province': 0, 'unknown-locally': 0, 'status-differs': 0 };
  for (const l of lines) counts[l.kind]++;
  return counts;
}
