import { inMaintenance, type MaintenanceWindow } from '../../../sync/maintenance-window';
import { isoDate } from '../../../sync/local-time';
import type { Db } from '../../../db/sqlite';

const DAY_MS = 86_400_000;
const LAST_DAY_KEY = 'reconcile.daily.lastDay';
/** The daily run covers the last week: a case delivered late (an outage, a resend) is still compared. */
export const DAILY_SPAN_DAYS = 7;

/** Whether the daily run is due now: not run yet today (local), and not inside the maintenance window. */
export function dailyRunDue(
  now: number,
  lastDay: string | null,
  window: MaintenanceWindow | null,
  tz: number,
): boolean {
  if (window && inMaintenance(window, now, tz)) return false;
  return lastDay !== isoDate(now, tz);
}

/**
 * Runs the reconciliation once a day, outside the province's maintenance window (ZZ04 is not served then).
 * Checks every `everyMs`; the day of the last run is in the database, so a restart does not run it twice.
 * A failed run (province unreachable) is tried again at the next check.
 */
export function scheduleDailyReconcile(o: {
  db: Db;
  run: (from: string, to: string) => Promise<unknown>;
  window: MaintenanceWindow | null;
  tz: number;
  everyMs?: number;
  now?: () => number;
  log: (message: string) => void;
}): { stop(): void; checkNow(): Promise<void> } {
  const now = o.now ?? Date.now;
  let running = false;
  const lastDay = () =>
    (o.db.prepare('SELECT value FROM meta WHERE key = ?').get(LAST_DAY_KEY) as { value: string } | undefined)
      ?.value ?? null;
  async function checkNow() {
    const t = now();
    if (running || !dailyRunDue(t, lastDay(), o.window, o.tz)) return;
    running = true;
    try {
      await o.run(isoDate(t - (DAILY_SPAN_DAYS - 1) * DAY_MS, o.tz), isoDate(t, o.tz));
      o.db
        .prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(LAST_DAY_KEY, isoDate(t, o.tz));
    } catch (error) {
      o.log(
        `daily reconciliation failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      running = false;
    }
  }
  const timer = setInterval(() => void checkNow(), o.everyMs ?? 15 * 60_000);
  timer.unref();
  // The first check waits a minute: start-up (sign-in, the first drain) goes first.
  const first = setTimeout(() => void checkNow(), 60_000);
  first.unref();
  return {
    stop() {
      clearInterval(timer);
      clearTimeout(first);
    },
    checkNow,
  };
}
