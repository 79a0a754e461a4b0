/**
 * Local-time helpers for the province (Asia/Shanghai: UTC+8 all year, no daylight saving). Every value is
 * computed from an explicit offset, never the host's zone, so a simulator on a UTC machine dates sign_no,
 * 受理编号 and the maintenance window as a province in Guangdong would.
 */
export const SHANGHAI_OFFSET_MINUTES = 480;

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The wall clock at `epochMs` as a Date whose UTC fields are the local fields. */
function shifted(epochMs: number, tz: number): Date {
  return new Date(epochMs + tz * MINUTE_MS);
}

/** yyyyMMddHHmmss (inf_refmsgid, sign_no, serial numbers). */
export function compactDateTime(epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): string {
  const d = shifted(epochMs, tz);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/** yyyyMMddHHmmssSSS (refmsg_time, respond_time). */
export function compactDateTimeMillis(epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): string {
  return `${compactDateTime(epochMs, tz)}${pad(shifted(epochMs, tz).getUTCMilliseconds(), 3)}`;
}

/** yyyy-MM-dd HH:mm:ss (sign_time, upd_time, recv_time, dld_endtime). */
export function dateTimeText(epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): string {
  const c = compactDateTime(epochMs, tz);
  return `${c.slice(0, 4)}-${c.slice(4, 6)}-${c.slice(6, 8)} ${c.slice(8, 10)}:${c.slice(10, 12)}:${c.slice(12, 14)}`;
}

/** yyyy-MM-dd of the local day. */
export function dateText(epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): string {
  return dateTimeText(epochMs, tz).slice(0, 10);
}

/** Epoch ms of the local midnight that began the day containing `epochMs`. */
export function localMidnightBefore(epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): number {
  const local = epochMs + tz * MINUTE_MS;
  return local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - tz * MINUTE_MS;
}

/** The next local midnight after `epochMs`: a sign_no is valid until then. */
export function localMidnightAfter(epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): number {
  return localMidnightBefore(epochMs, tz) + DAY_MS;
}

/** A yyyy-MM-dd that is a real calendar date, or null. */
export function parseDateText(text: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) return null;
  return { y, m, d };
}

/** Epoch ms of local midnight starting the day `text` (yyyy-MM-dd), or null when it is not a real date. */
export function localMidnightOf(text: string, tz = SHANGHAI_OFFSET_MINUTES): number | null {
  const p = parseDateText(text);
  return p ? Date.UTC(p.y, p.m - 1, p.d) - tz * MINUTE_MS : null;
}

/** The local date `months` calendar months before the day of `epochMs` (day clamped to the month's end). */
export function dateMonthsBefore(epochMs: number, months: number, tz = SHANGHAI_OFFSET_MINUTES): string {
  const today = shifted(epochMs, tz);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(today.getUTCDate(), lastDay));
  return first.toISOString().slice(0, 10);
}
