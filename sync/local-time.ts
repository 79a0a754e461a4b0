/**
 * Wall-clock helpers in the province's local time. Kiosks and the province run on China Standard Time
 * (UTC+8, no daylight saving), so every "local" value is computed from an explicit UTC offset rather than
 * the host's time zone: a CI machine in UTC then formats msgids, sign-in expiry and the maintenance window
 * exactly as a kiosk in Guangdong would.
 */
export const CHINA_UTC_OFFSET_MINUTES = 480;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type LocalParts = Readonly<{
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}>;

export function localParts(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): LocalParts {
  const d = new Date(epochMs + offsetMinutes * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** yyyyMMddHHmmss (msgid, inf_refmsgid, sign_no). */
export function compactDateTime(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const t = localParts(epochMs, offsetMinutes);
  return `${t.year}${p2(t.month)}${p2(t.day)}${p2(t.hour)}${p2(t.minute)}${p2(t.second)}`;
}

/** yyyyMMddHHmmssSSS (refmsg_time, respond_time). */
export function compactDateTimeMillis(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const t = localParts(epochMs, offsetMinutes);
  return `${compactDateTime(epochMs, offsetMinutes)}${String(t.millisecond).padStart(3, '0')}`;
}

/** yyyy-MM-dd HH:mm:ss (inf_time, sign_time). */
export function isoDateTime(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const t = localParts(epochMs, offsetMinutes);
  return `${t.year}-${p2(t.month)}-${p2(t.day)} ${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}`;
}

/** yyyy-MM-dd. */
export function isoDate(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  return isoDateTime(epochMs, offsetMinutes).slice(0, 10);
}

/** The epoch ms at which the local day containing `epochMs` started. */
export function localDayStart(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  const shifted = epochMs + offsetMinutes * MINUTE_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - offsetMinutes * MINUTE_MS;
}

/** The next local midnight strictly after `epochMs` (sign_no validity ends there). */
export function nextLocalMidnight(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  return localDayStart(epochMs, offsetMinutes) + DAY_MS;
}

/** Minutes since local midnight, with fractions (maintenance-window arithmetic). */
export function localMinuteOfDay(epochMs: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  return (epochMs - localDayStart(epochMs, offsetMinutes)) / MINUTE_MS;
}

/** Epoch ms of local midnight starting the day written as yyyy-MM-dd, or null when it is not a real date. */
export function parseLocalDate(isoDay: string, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return utc - offsetMinutes * MINUTE_MS;
}
