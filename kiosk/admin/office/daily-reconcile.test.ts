import { describe, expect, it } from 'vitest';
import { KIOSK_MIGRATIONS } from '../../../db/migrations';
import { openSqlite } from '../../../db/sqlite';
import { parseLocalDate } from '../../../sync/local-time';
import { dailyRunDue, scheduleDailyReconcile } from './daily-reconcile';

const TZ = 480;
const WINDOW = { start: '21:30', end: '00:05', restartSpreadMs: 0 };
const at = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return (parseLocalDate(day, TZ) as number) + (h * 60 + m) * 60_000;
};

describe('the daily reconciliation', () => {
  it('is due once a local day, never inside the maintenance window', () => {
    expect(dailyRunDue(at('2026-12-01', '10:00'), null, WINDOW, TZ)).toBe(true);
    expect(dailyRunDue(at('2026-12-01', '10:00'), '2026-12-01', WINDOW, TZ)).toBe(false);
    expect(dailyRunDue(at('2026-12-02', '00:01'), '2026-12-01', WINDOW, TZ)).toBe(false);
    expect(dailyRunDue(at('2026-12-02', '00:06'), '2026-12-01', WINDOW, TZ)).toBe(true);
    expect(dailyRunDue(at('2026-12-01', '22:00'), null, WINDOW, TZ)).toBe(false);
  });

  it('runs for the last seven days, records the day, retries after a failure, not twice a day', async () => {
    const db = openSqlite(':memory:', KIOSK_MIGRATIONS);
    const clock = { t: at('2026-12-01', '09:00') };
    const runs: Array<[string, string]> = [];
    let fail = true;
    const logs: string[] = [];
    const daily = scheduleDailyReconcile({
      db,
      run: async (from, to) => {
        runs.push([from, to]);
        if (fail) throw new Error('province unreachable');
      },
      window: WINDOW,
      tz: TZ,
      now: () => clock.t,
      log: (m) => logs.push(m),
    });
    try {
      await daily.checkNow();
      expect(logs[0]).toContain('province unreachable');
      fail = false;
      await daily.checkNow();
      await daily.checkNow();
      expect(runs).toEqual([
        ['2026-11-25', '2026-12-01'],
        ['2026-11-25', '2026-12-01'],
      ]);
      clock.t = at('2026-12-01', '23:00');
      await daily.checkNow();
      clock.t = at('2026-12-02', '08:00');
      await daily.checkNow();
      expect(runs.at(-1)).toEqual(['2026-11-26', '2026-12-02']);
      expect(runs).toHaveLength(3);
    } finally {
      daily.stop();
    }
  });
});
