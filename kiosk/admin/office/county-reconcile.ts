import type { ReconcileReport } from '../../../api/office-contract';
import type { ExportEncoding } from '../../../api/admin-contract';
import type { ReconcileRow } from '../../../sync/province-types';
import { decodeCsvBytes, encodeCsv, parseCsv, toCsv } from '../csv-file';
import { localCasesFromLedger, reconcileRows } from './office-csv';
import { compareWithProvince, countLines, type LocalCase, type ProvinceListing } from './reconcile';
import { rangeBounds } from './reconcile-service';

/** Reads an exported CSV whatever its encoding: UTF-8 (with or without BOM) or GB18030. */
export function readCsvBytes(bytes: Buffer): Array<Array<string>> {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) return parseCsv(decodeCsvBytes(bytes, 'utf8-bom'));
  const utf8 = bytes.toString('utf8');
  return parseCsv(utf8.includes('\uFFFD') ? decodeCsvBytes(bytes, 'gb18030') : utf8);
}

/** A ZZ04 export: JSON `{ "<kiosk id>": [rows] }`, a JSON array of rows with `dev_no`, or CSV with dev_no. */
export function provinceRowsFromFile(text: string): Map<string, ReconcileRow[]> {
  const out = new Map<string, ReconcileRow[]>();
  const add = (kiosk: string, row: ReconcileRow) => out.set(kiosk, [...(out.get(kiosk) ?? []), row]);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = JSON.parse(trimmed) as unknown;
    if (Array.isArray(json))
      for (const r of json as Array<ReconcileRow & { dev_no: string }>) add(r.dev_no, r);
    else
      for (const [kiosk, rows] of Object.entries(json as Record<string, ReconcileRow[]>))
        for (const r of rows) add(kiosk, r);
    return out;
  }
  const [header, ...body] = parseCsv(trimmed);
  if (!header) return out;
  const col = (n: string) => header.indexOf(n);
  for (const r of body) {
    const get = (n: string) => r[col(n)] ?? '';
    add(get('dev_no'), {
      ref_msgid: get('ref_msgid'),
      infno: get('infno'),
      trt_dcla_detl_sn: get('trt_dcla_detl_sn'),
      certno_mask: get('certno_mask'),
      acp_stas: get('acp_stas'),
      recv_time: get('recv_time'),
    });
  }
  return out;
}

export type CountyInput = Readonly<{
  ledgers: ReadonlyArray<Buffer>;
  from: string;
  to: string;
  tz: number;
  /** The province's rows for one kiosk (ZZ04 per kiosk, or a file's). */
  provinceFor: (kioskId: string) => ProvinceListing;
  now: () => number;
}>;

/**
 * The county office's reconciliation: the ledgers collected from many kiosks, each compared with what the
 * province holds from that kiosk, one report per kiosk.
 */
export async function reconcileCounty(input: CountyInput): Promise<ReconcileReport[]> {
  const { start, end } = rangeBounds(input.from, input.to, input.tz);
  const byKiosk = new Map<string, LocalCase[]>();
  for (const bytes of input.ledgers) {
    for (const [kiosk, cases] of localCasesFromLedger(readCsvBytes(bytes)))
      byKiosk.set(kiosk, [...(byKiosk.get(kiosk) ?? []), ...cases]);
  }
  const reports: ReconcileReport[] = [];
  for (const [kioskId, all] of [...byKiosk].sort(([a], [b]) => a.localeCompare(b))) {
    const inRange = all.filter((c) => c.createdAt >= start && c.createdAt < end);
    const province = await input.provinceFor(kioskId)(input.from, input.to);
    const lines = compareWithProvince(
      inRange,
      province,
      (row) =>
        all.find((c) => c.submitMsgids.includes(row.ref_msgid) || c.trtDclaDetlSn === row.trt_dcla_detl_sn) ??
        null,
    );
    reports.push({
      kioskId,
      from: input.from,
      to: input.to,
      ranAt: input.now(),
      trigger: 'manual',
      counts: countLines(lines),
      provinceTotal: province.length,
      lines,
    });
  }
  return reports;
}

export function summaryText(reports: ReadonlyArray<ReconcileReport>): string {
  const rows = reports.map(
    (r) =>
      `${r.kioskId}: matched ${r.counts.matched}, missing at province ${r.counts['missing-at-province']}, ` +
      `unknown locally ${r.counts['unknown-locally']}, status differs ${r.counts['status-differs']}`,
  );
  return rows.join('\n');
}

export function reportBytes(
  reports: ReadonlyArray<ReconcileReport>,
  encoding: ExportEncoding,
  localTime: (at: number) => string,
): Buffer {
  return encodeCsv(toCsv(reconcileRows(reports, localTime)), encoding);
}
