import { CHINA_UTC_OFFSET_MINUTES, compactDateTime } from '../sync/local-time';
import { allocateInPeriod } from './counters';
import type { Db } from './sqlite';

/**
 * The local 受理编号 a resident sees and keeps on the receipt: county code - yyMMdd - daily sequence,
 * e.g. 440902-250314-0007 (the 7th case this kiosk took on 14 March 2025, in 茂南区). Dashes keep it easy to
 * read aloud over the phone. The sequence restarts each local day and has at least 4 digits. It identifies
 * the case at this kiosk; the province's own number (trt_dcla_detl_sn) is added once the province answers.
 */
const DAY_MS = 86_400_000;

export function allocateCaseNumber(
  db: Db,
  countyCode: string,
  nowMs: number,
  tzOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): string {
  const localDay = Math.floor((nowMs + tzOffsetMinutes * 60_000) / DAY_MS);
  const a = allocateInPeriod(db, 'case-no', localDay, 1, Number.MAX_SAFE_INTEGER);
  const yymmdd = compactDateTime(a.period * DAY_MS - tzOffsetMinutes * 60_000, tzOffsetMinutes).slice(2, 8);
  return `${countyCode}-${yymmdd}-${String(a.seq).padStart(4, '0')}`;
}
