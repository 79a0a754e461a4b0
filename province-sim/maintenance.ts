import { localMidnightBefore, DAY_MS, SHANGHAI_OFFSET_MINUTES } from './local-time';

/**
 * The province's nightly maintenance window (contract § Transport: daily 21:30–00:05 local time), which may
 * cross midnight. `restartSpreadMs` is the kiosk's business (how long it spreads restarts); the simulator
 * accepts it so callers can pass the kiosk's own setting object, and ignores it.
 */
export type MaintenanceWindow = Readonly<{ start: string; end: string; restartSpreadMs?: number }>;

export const CONTRACT_MAINTENANCE: MaintenanceWindow = { start: '21:30', end: '00:05' };

function minuteOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`maintenance time must be HH:mm, got ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function inMaintenance(w: MaintenanceWindow, epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): boolean {
  const start = minuteOf(w.start);
  const end = minuteOf(w.end);
  const now = (epochMs - localMidnightBefore(epochMs, tz)) / 60_000;
  return start <= end ? now >= start && now < end : now >= start || now < end;
}

/** When the window containing `epochMs` ends (what Retry-After counts down to). */
export function maintenanceEnd(w: MaintenanceWindow, epochMs: number, tz = SHANGHAI_OFFSET_MINUTES): number {
  const endToday = localMidnightBefore(epochMs, tz) + minuteOf(w.end) * 60_000;
  return endToday > epochMs ? endToday : endToday + DAY_MS;
}
