import { CHINA_UTC_OFFSET_MINUTES, localDayStart, localMinuteOfDay } from './local-time';

/**
 * The province's nightly maintenance window (default 21:30–00:05 local time; it may cross midnight).
 * The worker sends nothing inside it, and after it each kiosk waits a random part of `restartSpreadMs`
 * so a fleet does not stampede the province at 00:05. Fifteen minutes: the night's backlog waits anyway, and a
 * spread shorter than the time the province needs to serve it (bench/fleet.bench.ts: about 15 minutes of its
 * capacity for 1,000 kiosks) only piles the kiosks up behind its limit, where their pacing has to sort it out.
 */
export type MaintenanceWindow = Readonly<{ start: string; end: string; restartSpreadMs: number }>;

export const DEFAULT_MAINTENANCE: MaintenanceWindow = {
  start: '21:30',
  end: '00:05',
  restartSpreadMs: 15 * 60_000,
};

const DAY_MS = 86_400_000;

function minutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`bad time of day ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function inMaintenance(w: MaintenanceWindow, nowMs: number, tz = CHINA_UTC_OFFSET_MINUTES): boolean {
  const s = minutes(w.start);
  const e = minutes(w.end);
  const m = localMinuteOfDay(nowMs, tz);
  return s <= e ? m >= s && m < e : m >= s || m < e;
}

/** The end of the window that contains `nowMs`, or the most recent end before it when outside. */
export function windowEndFor(w: MaintenanceWindow, nowMs: number, tz = CHINA_UTC_OFFSET_MINUTES): number {
  const endToday = localDayStart(nowMs, tz) + minutes(w.end) * 60_000;
  if (inMaintenance(w, nowMs, tz)) return endToday > nowMs ? endToday : endToday + DAY_MS;
  return endToday <= nowMs ? endToday : endToday - DAY_MS;
}
