import type { LedgerEntry, ReconcileReport } from '../../../api/office-contract';
import { redactText } from '../../../security/redact';
import type { LocalCase } from './reconcile';

/** The ledger export's columns; `npm run reconcile -- --ledger` reads the same file back. */
export const LEDGER_COLUMNS = [
  'kiosk_id',
  'case_no',
  'case_id',
  'item_id',
  'infno',
  'status',
  'certno_mask',
  'name_mask',
  'created_at',
  'created_at_ms',
  'trt_dcla_detl_sn',
  'acp_stas',
  'submit_msgids',
  'attempts',
  'province_reason',
  'resolution_note',
] as const;

export function ledgerRows(
  kioskId: string,
  entries: ReadonlyArray<LedgerEntry>,
  localTime: (at: number) => string,
): Array<Array<string | number>> {
  return [
    [...LEDGER_COLUMNS],
    ...entries.map((e) => [
      kioskId,
      e.caseNo,
      e.caseId,
      e.itemId,
      e.infno,
      e.status,
      e.certnoMask,
      e.nameMask,
      localTime(e.createdAt),
      e.createdAt,
      e.trtDclaDetlSn ?? '',
      e.acpStas ?? '',
      e.deliveries
        .filter((d) => d.kind === 'submit')
        .map((d) => d.msgid)
        .join(' '),
      e.attempts,
      redactText(
        [e.errMsg, ...e.reasons.map((r) => `${r.field}: ${r.reason}`), e.rejtRea].filter(Boolean).join('；'),
      ),
      redactText(e.resolution?.note ?? ''),
    ]),
  ];
}

export const RECONCILE_COLUMNS = [
  'kiosk_id',
  'kind',
  'case_no',
  'item_id',
  'local_status',
  'province_acp_stas',
  'trt_dcla_detl_sn',
  'ref_msgid',
  'certno_mask',
  'created_at',
  'recv_time',
  'resend',
] as const;

export function reconcileRows(
  reports: ReadonlyArray<ReconcileReport>,
  localTime: (at: number) => string,
): Array<Array<string | number>> {
  return [
    [...RECONCILE_COLUMNS],
    ...reports.flatMap((r) =>
      r.lines.map((l) => [
        r.kioskId,
        l.kind,
        l.caseNo ?? '',
        l.itemId ?? '',
        l.localStatus ?? '',
        l.provinceAcpStas ?? '',
        l.trtDclaDetlSn ?? '',
        l.refMsgid ?? '',
        l.certnoMask,
        l.createdAt === null ? '' : localTime(l.createdAt),
        l.recvTime ?? '',
        l.kind !== 'missing-at-province' ? '' : l.resendRefusal ? l.resendRefusal.problem : 'possible',
      ]),
    ),
  ];
}

/** A ledger CSV (header first) back into local cases, grouped by kiosk. */
export function localCasesFromLedger(rows: ReadonlyArray<ReadonlyArray<string>>): Map<string, LocalCase[]> {
  const [header, ...body] = rows;
  if (!header) return new Map();
  const at = (name: (typeof LEDGER_COLUMNS)[number]) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`not a ledger export: no column ${name}`);
    return i;
  };
  const col = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, at(c)])) as Record<
    (typeof LEDGER_COLUMNS)[number],
    number
  >;
  const out = new Map<string, LocalCase[]>();
  for (const r of body) {
    if (r.length < header.length) continue;
    const get = (c: (typeof LEDGER_COLUMNS)[number]) => r[col[c]] ?? '';
    const kiosk = get('kiosk_id');
    const list = out.get(kiosk) ?? [];
    list.push({
      caseId: get('case_id'),
      caseNo: get('case_no'),
      itemId: get('item_id'),
      status: get('status') as LocalCase['status'],
      trtDclaDetlSn: get('trt_dcla_detl_sn') || null,
      certnoMask: get('certno_mask'),
      createdAt: Number(get('created_at_ms')),
      submitMsgids: get('submit_msgids').split(' ').filter(Boolean),
      resendRefusal: null,
    });
    out.set(kiosk, list);
  }
  return out;
}
