import { afterEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import type { Db } from '../db/sqlite';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import { FIXTURE_PHOTOS } from '../tests/support/worker-harness';
import type { CallResult } from './call-result';
import type { PacingPolicy } from './send-pacer';
import { SyncWorker, type ProvinceSender, type SyncWorkerOptions } from './sync-worker';

/**
 * The worker's own pacing (send-pacer.ts) against a scripted province that answers at once: after a 429
 * the kiosk sends one request per turn instead of its whole backlog, and after the maintenance window it
 * starts slowly. The fleet-wide effect is measured in bench/fleet.bench.ts.
 */
const PACING: PacingPolicy = {
  startRate: 0.1,
  minRate: 0.01,
  increasePerSecond: 0.0001,
  decreaseFactor: 0.5,
  freeRate: 5,
  burst: 3,
  forgetAfterMs: 15 * 60_000,
};

type Answer = 'ok' | 429 | 503;

function scriptedProvince(clock: { t: number }, script: (n: number) => Answer) {
  const sentAt: Array<number> = [];
  const answer = <T>(output: T): Promise<CallResult<T>> => {
    const a = script(sentAt.length);
    sentAt.push(clock.t);
    if (a === 429)
      return Promise.resolve({
        kind: 'retryable',
        reason: 'throttled',
        httpStatus: 429,
        retryAfterMs: 1_000,
        detail: '429',
      });
    if (a === 503)
      return Promise.resolve({
        kind: 'retryable',
        reason: 'unavailable',
        httpStatus: 503,
        retryAfterMs: 30_000,
        detail: '503',
      });
    return Promise.resolve({
      kind: 'ok',
      output,
      infRefmsgid: 'R',
      response: { infcode: 0, inf_refmsgid: 'R', refmsg_time: '', respond_time: '', err_msg: '', output: {} },
    });
  };
  const sender: ProvinceSender = {
    upload: () => answer({ file_qury_no: 'F', filename: 'f.jpg', dld_endtime: '' }),
    submit: () => answer({ trt_dcla_detl_sn: 'SN', acp_stas: '1' }),
    caseStatus: () => answer({ trt_dcla_detl_sn: 'SN', acp_stas: '1', rejt_rea: '', upd_time: '' }),
  };
  return { sender, sentAt };
}

const open: Array<Db> = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function kiosk(cases: number, script: (n: number) => Answer, options: Partial<SyncWorkerOptions>, t: number) {
  const clock = { t };
  const db = openKioskDatabase(':memory:');
  open.push(db);
  const store = new CaseStore(db, {
    key: TEST_KEY,
    fixmedinsCode: 'H44090200001',
    countyCode: '440902',
    now: () => clock.t,
  });
  for (let c = 0; c < cases; c++) store.submitCase(filingCase(`p${c}`, 1));
  const province = scriptedProvince(clock, script);
  const worker = new SyncWorker({
    outbox: new Outbox(db, TEST_KEY),
    province: province.sender,
    photos: FIXTURE_PHOTOS,
    insured: () => Promise.reject(new Error('no 1101 expected')),
    now: () => clock.t,
    random: () => 0.5,
    maintenance: null,
    pacing: PACING,
    ...options,
  });
  /** Drains at every wake-up the worker asks for, until nothing is queued or `until`. */
  const runUntil = async (until: number): Promise<void> => {
    for (let next = worker.nextWakeAt(); next !== null && next < until; next = worker.nextWakeAt()) {
      clock.t = Math.max(clock.t, next);
      await worker.drainOnce();
    }
  };
  return { clock, worker, sentAt: province.sentAt, runUntil };
}

const gaps = (times: ReadonlyArray<number>): Array<number> =>
  times.slice(1).map((t, i) => t - (times[i] ?? 0));

describe('SyncWorker pacing', () => {
  it('without a 429 or 503 sends the whole backlog in one drain', async () => {
    const k = kiosk(4, () => 'ok', {}, Date.UTC(2025, 0, 2, 4, 0));
    await k.worker.drainOnce();
    expect(k.sentAt).toHaveLength(8);
    expect(k.worker.status().queued).toBe(0);
  });

  it('after a 429 sends one request per turn, Retry-After plus jitter first, and still delivers it all', async () => {
    const t0 = Date.UTC(2025, 0, 2, 4, 0);
    const k = kiosk(4, (n) => (n === 0 ? 429 : 'ok'), { concurrency: 1 }, t0);
    const first = await k.worker.drainOnce();
    expect(first.steps).toBe(1);
    // Retry-After 1 s plus half (random 0.5) of the 2 s first backoff: 2 s; then one turn at 0.1 req/s.
    expect(k.worker.status().holdUntil).toBe(t0 + 2_000);
    expect(k.worker.nextWakeAt()).toBe(t0 + 12_000);
    await k.runUntil(t0 + 3_600_000);
    expect(k.worker.status().queued).toBe(0);
    expect(k.sentAt).toHaveLength(9); // the refused upload once more, nothing else twice
    // One request per turn at about the start rate (rising slowly), never a burst after the 429.
    const after = gaps(k.sentAt);
    expect(after[0]).toBe(12_000);
    expect(Math.min(...after.slice(1))).toBeGreaterThan(9_000);
    expect(Math.max(...after.slice(1))).toBeLessThanOrEqual(10_000);
  });

  it('a 503 holds for its Retry-After plus jitter and leaves the pace as it was, no burst after it', async () => {
    const t0 = Date.UTC(2025, 0, 2, 4, 0);
    const k = kiosk(4, (n) => (n === 0 ? 429 : n === 3 ? 503 : 'ok'), { concurrency: 1 }, t0);
    await k.runUntil(t0 + 3_600_000);
    expect(k.worker.status().queued).toBe(0);
    const after = gaps(k.sentAt);
    // About 0.1 req/s before the 503; its Retry-After (30 s) plus jitter (15 s) and a turn; then the same pace.
    expect(after[1]).toBeLessThanOrEqual(10_000);
    expect(after[3]).toBeGreaterThanOrEqual(30_000 + 15_000);
    expect(Math.min(...after.slice(4))).toBeGreaterThan(8_000);
    expect(Math.max(...after.slice(4))).toBeLessThanOrEqual(10_000);
  });

  it('starts slowly after the maintenance window: one case back to back, then one request per turn', async () => {
    const day = Date.UTC(2025, 0, 1, 16, 0); // 2025-01-02 00:00 China time, inside the window
    const k = kiosk(
      3,
      () => 'ok',
      { maintenance: { start: '21:30', end: '00:05', restartSpreadMs: 0 } },
      day,
    );
    expect((await k.worker.drainOnce()).steps).toBe(0);
    const end = day + 5 * 60_000;
    expect(k.worker.nextWakeAt()).toBe(end);
    await k.runUntil(end + 3_600_000);
    expect(k.worker.status().queued).toBe(0);
    expect(k.sentAt.slice(0, 3)).toEqual([end, end, end]); // the burst: up to 3 at once
    expect(Math.min(...gaps(k.sentAt.slice(2)))).toBeGreaterThan(9_000);
  });

  it('a kiosk switched on in the afternoon sends its queue at once (no slow start far from the window)', async () => {
    const afternoon = Date.UTC(2025, 0, 2, 6, 0); // 14:00 China time
    const k = kiosk(
      3,
      () => 'ok',
      { maintenance: { start: '21:30', end: '00:05', restartSpreadMs: 0 } },
      afternoon,
    );
    await k.worker.drainOnce();
    expect(k.sentAt).toHaveLength(6);
  });
});
