import type { ReconcileReport } from '../../../api/office-contract';
import { KioskApiError } from '../../../api/result';
import type { Db } from '../../../db/sqlite';
import { isoDate, isoDateTime, parseLocalDate } from '../../../sync/local-time';
import type { LedgerView } from './ledger-view';
import {
  compareWithProvince,
  countLines,
  ProvinceListingError,
  type LocalCase,
  type ProvinceListing,
} from './reconcile';

const DAY_MS = 86_400_000;
const LAST_KEY = 'reconcile.last';

/** Business-date range → created_at bounds [from 00:00, day after `to` 00:00). */
export function rangeBounds(from: string, to: string, tz: number): { start: number; end: number } {
  const start = parseLocalDate(from, tz);
  const last = parseLocalDate(to, tz);
  if (start === null || last === null) throw new KioskApiError('bad-request', 'not a date');
  if (last < start) throw new KioskApiError('bad-request', 'the range ends before it starts');
  if (last - start > 92 * DAY_MS) throw new KioskApiError('bad-request', 'at most 93 days at a time');
  return { start, end: last + DAY_MS };
}

/**
 * Reconciliation of this kiosk's ledger with ZZ04: runs the listing for the range (plus the following day,
 * for cases received after midnight), compares, keeps the latest report in the database (meta table) so the
 * screen and the export find the daily run's result after a restart.
 */
export type ReconcileServiceOptions = Readonly<{
  db: Db;
  view: LedgerView;
  listing: ProvinceListing;
  /** The terminal id in force (a technician may change it while the kiosk runs). */
  kioskId: () => string;
  tz: number;
  now: () => number;
}>;

export class ReconcileService {
  readonly #o: ReconcileServiceOptions;

  constructor(o: ReconcileServiceOptions) {
    this.#o = o;
  }

  async run(from: string, to: string, trigger: 'manual' | 'daily'): Promise<ReconcileReport> {
    const { view, tz } = this.#o;
    const { start, end } = rangeBounds(from, to, tz);
    let rows;
    try {
      rows = await this.#o.listing(from, isoDate(end, tz));
    } catch (error) {
      if (error instanceof ProvinceListingError) throw new KioskApiError('unavailable', error.message);
      throw error;
    }
    const local = view.entries({ from: start, to: end, limit: 100_000 }).map(localCaseOf);
    const msgids = view.submitMsgids();
    const lookup = (row: { ref_msgid: string; trt_dcla_detl_sn: string }): LocalCase | null => {
      const caseId = msgids.get(row.ref_msgid) ?? view.caseIdByProvinceNo(row.trt_dcla_detl_sn);
      const entry = caseId ? view.entry(caseId) : null;
      return entry ? localCaseOf(entry) : null;
    };
    const inRange = (t: number | null) => t !== null && t >= start && t < end;
    const lines = compareWithProvince(local, rows, lookup).filter((l) => {
      // Rows received the day after the range only count when they belong to a case of the range.
      const lateRow = l.recvTime !== null && l.recvTime.slice(0, 10) > to;
      return !lateRow || inRange(l.createdAt);
    });
    const report: ReconcileReport = {
      kioskId: this.#o.kioskId(),
      from,
      to,
      ranAt: this.#o.now(),
      trigger,
      counts: countLines(lines),
      provinceTotal: lines.filter((l) => l.refMsgid !== null).length,
      lines,
    };
    this.#o.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(LAST_KEY, JSON.stringify(report));
    return report;
  }

  last(): ReconcileReport | null {
    const row = this.#o.db.prepare('SELECT value FROM meta WHERE key = ?').get(LAST_KEY) as
      { value: string } | undefined;
    return row ? (JSON.parse(row.value) as ReconcileReport) : null;
  }

  /** "yyyy-MM-dd HH:mm:ss" of the kiosk's zone (exports). */
  localTime(at: number): string {
    return isoDateTime(at, this.#o.tz);
  }
}

export function localCaseOf(e: {
  caseId: string;
  caseNo: string;
  itemId: string;
  status: LocalCase['status'];
  trtDclaDetlSn: string | null;
  certnoMask: string;
  createdAt: number;
  deliveries: ReadonlyArray<{ kind: string; msgid: string }>;
  canResend: LocalCase['resendRefusal'];
}): LocalCase {
  return {
    caseId: e.caseId,
    caseNo: e.caseNo,
    itemId: e.itemId,
    status: e.status,
    trtDclaDetlSn: e.trtDclaDetlSn,
    certnoMask: e.certnoMask,
    createdAt: e.createdAt,
    submitMsgids: e.deliveries.filter((d) => d.kind === 'submit').map((d) => d.msgid),
    resendRefusal: e.canResend,
  };
}
