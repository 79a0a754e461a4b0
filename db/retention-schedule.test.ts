import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhotoSource } from '../sync/photo-source';
import { openKioskDatabase } from './open-kiosk-database';
import { scheduleRetention } from './retention-schedule';

const photos: PhotoSource = { readJpeg: async () => Buffer.alloc(0), remove: async () => undefined };

afterEach(() => {
  vi.useRealTimers();
});

describe('scheduleRetention', () => {
  it('logs a failed run and tries again after retryMs; no unhandled rejection', async () => {
    vi.useFakeTimers();
    const db = openKioskDatabase(':memory:');
    db.close(); // every run now throws ("The database connection is not open")
    const unhandled: Array<unknown> = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const log: Array<string> = [];
    const r = scheduleRetention({
      db,
      photos,
      retentionMs: 0,
      everyMs: 3_600_000,
      retryMs: 60_000,
      log: (e) => log.push(`${e.kind}: ${e.detail}`),
    });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^purge-failed: retention run failed: .*not open/);
    await vi.advanceTimersByTimeAsync(60_000); // the retry comes after retryMs, not after an hour
    expect(log).toHaveLength(2);
    r.stop();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(log).toHaveLength(2);
    vi.useRealTimers();
    await new Promise((res) => setTimeout(res, 10));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('runs on its interval and reports nothing when there is nothing to purge', async () => {
    const db = openKioskDatabase(':memory:');
    const log: Array<string> = [];
    const r = scheduleRetention({
      db,
      photos,
      retentionMs: 0,
      everyMs: 3_600_000,
      log: (e) => log.push(e.detail),
    });
    expect(await r.runNow()).toEqual({ cases: 0, photos: 0, failed: 0 });
    expect(log).toEqual([]);
    r.stop();
    db.close();
  });
});
