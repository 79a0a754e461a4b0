import type { PhotoSource } from '../sync/photo-source';
import { purgeExpired, type PurgeReport } from './retention';
import type { Db } from './sqlite';

export type RetentionScheduleOptions = Readonly<{
  db: Db;
  photos: PhotoSource;
  retentionMs: number;
  /** Regular run interval. */
  everyMs: number;
  /** Wait before trying again after a failed run (shorter than everyMs, so a hiccup does not cost an hour). */
  retryMs?: number;
  now?: () => number;
  log: (event: Readonly<{ kind: 'purged' | 'purge-failed'; detail: string }>) => void;
}>;

export type RetentionSchedule = Readonly<{ runNow(): Promise<PurgeReport | null>; stop(): void }>;

/**
 * Runs purgeExpired on a timer. A run that throws (disk, locked database) is logged and retried after
 * `retryMs`; it never becomes an unhandled rejection, which in Node (15 and later) would end the kiosk process.
 * Runs never overlap.
 */
export function scheduleRetention(o: RetentionScheduleOptions): RetentionSchedule {
  const now = o.now ?? Date.now;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<PurgeReport | null> | null = null;
  let stopped = false;

  const arm = (ms: number): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void runNow(), ms);
    timer.unref();
  };

  const run = async (): Promise<PurgeReport | null> => {
    try {
      const report = await purgeExpired(o.db, o.photos, { now: now(), retentionMs: o.retentionMs });
      if (report.cases > 0 || report.failed > 0)
        o.log({
          kind: report.failed > 0 ? 'purge-failed' : 'purged',
          detail: `purged ${report.cases} cases, ${report.photos} photos; ${report.failed} cases kept (photo not removable)`,
        });
      arm(report.failed > 0 ? (o.retryMs ?? 5 * 60_000) : o.everyMs);
      return report;
    } catch (e) {
      o.log({ kind: 'purge-failed', detail: `retention run failed: ${String(e)}` });
      arm(o.retryMs ?? 5 * 60_000);
      return null;
    }
  };

  const runNow = (): Promise<PurgeReport | null> => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };

  arm(o.everyMs);
  return {
    runNow,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
