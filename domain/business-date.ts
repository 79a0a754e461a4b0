/**
 * The one calendar for business dates. "Today" for an ID number's birth date, an age, a card's expiry or
 * a 备案's start is the province's day (Asia/Shanghai, UTC+08:00, no daylight saving; setting utcOffset),
 * never the host's time zone and never UTC's: with UTC, between 00:00 and 08:00 Beijing time the kiosk
 * would still be on yesterday and refuse a baby born today.
 */
export const BUSINESS_UTC_OFFSET_MINUTES = 480;

const MINUTE_MS = 60_000;

/** '+08:00' → 480, '-03:30' → -210; throws on anything else (settings validate the shape first). */
export function parseUtcOffset(text: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad UTC offset ${text}`);
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The business day of an instant, as yyyy-MM-dd. */
export function businessDay(at: Date | number, offsetMinutes = BUSINESS_UTC_OFFSET_MINUTES): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(ms + offsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}
