import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeExpired } from '../db/retention';
import { filingCase } from '../tests/support/test-cases';
import type { NotOk } from './call-result';
import { startHarness, type Harness } from '../tests/support/contract-harness';
import { failureScope } from './failure-scope';
import type { ProvinceSender } from './sync-worker';
import { FIXTURE_PHOTOS, openKiosk, type KioskUnderTest } from '../tests/support/worker-harness';

/**
 * The sync worker against the provincial simulator, with faults. Faults the simulator has (outage, 429)
 * are switched on in it; a fault that concerns one case only ("this case always gets a 500") is injected
 * by a thin wrapper around the real client, because the simulator has no per-case faults.
 */
let h: Harness;
beforeEach(async () => {
  h = await startHarness({ review: { delayMs: 60_000 } });
});
afterEach(async () => {
  await h.close();
});

const HTTP_500: NotOk = { kind: 'retryable', reason: 'server-error', httpStatus: 500, detail: 'HTTP 500' };

/**
 * A kiosk whose worker talks to the province through `wrap(its own client)`. Its own: a second kiosk's
 * client would allocate msgids from another database in the same slot, and collide with this one's.
 */
function kioskWrapping(
  wrap: (real: ProvinceSender) => ProvinceSender,
  options: Parameters<typeof openKiosk>[2] = {},
): KioskUnderTest {
  const holder: { real: ProvinceSender | null } = { real: null };
  const real = (): ProvinceSender => {
    if (!holder.real) throw new Error('client not ready');
    return holder.real;
  };
  const lazy: ProvinceSender = {
    upload: (...a) => real().upload(...a),
    submit: (...a) => real().submit(...a),
    caseStatus: (...a) => real().caseStatus(...a),
  };
  const k = openKiosk(h, ':memory:', { ...options, province: wrap(lazy) });
  holder.real = k.client;
  return k;
}

/** The real client, except that the ZZ01/ZZ02 of the case whose memo is `poison` always gets `failure`. */
function poisonedSender(real: ProvinceSender, poison: string, failure: NotOk = HTTP_500): ProvinceSender {
  return {
    upload: (...a) => real.upload(...a),
    caseStatus: (...a) => real.caseStatus(...a),
    submit: (infno, msgid, data, att, insuplc) =>
      data.memo === poison ? Promise.resolve(failure) : real.submit(infno, msgid, data, att, insuplc),
  };
}

function kioskWithPoison(failure: NotOk = HTTP_500, maxAttempts = 20): KioskUnderTest {
  return kioskWrapping((real) => poisonedSender(real, 'poison', failure), { maxAttempts });
}

const statuses = (k: KioskUnderTest, ids: ReadonlyArray<string>): Array<string | undefined> =>
  ids.map((id) => k.store.getCase(id)?.status);

describe('failure scope (which failures pause the whole worker)', () => {
  const table: Array<[string, NotOk, 'province' | 'case']> = [
    [
      '503 with Retry-After (maintenance, outage)',
      { ...HTTP_500, reason: 'unavailable', httpStatus: 503, retryAfterMs: 30_000 },
      'province',
    ],
    [
      '429 with Retry-After',
      { ...HTTP_500, reason: 'throttled', httpStatus: 429, retryAfterMs: 1_000 },
      'province',
    ],
    [
      '429 without Retry-After (throttled all the same)',
      { ...HTTP_500, reason: 'throttled', httpStatus: 429 },
      'province',
    ],
    [
      'network down (refused, reset, DNS, no connection in time)',
      { kind: 'retryable', reason: 'network', detail: 'ECONNREFUSED' },
      'province',
    ],
    [
      'gateway 401 (our credentials, for every case)',
      { kind: 'auth', httpStatus: 401, detail: '401' },
      'province',
    ],
    ['500', HTTP_500, 'case'],
    ['500 with Retry-After', { ...HTTP_500, retryAfterMs: 5_000 }, 'case'],
    ['503 without Retry-After', { ...HTTP_500, reason: 'unavailable', httpStatus: 503 }, 'case'],
    [
      'no answer on an open connection',
      { kind: 'retryable', reason: 'timeout', detail: 'no answer' },
      'case',
    ],
    ['unreadable answer', { kind: 'retryable', reason: 'bad-response', detail: 'not JSON' }, 'case'],
  ];
  it.each(table.map(([name, failure, scope]) => ({ name, failure, scope })))(
    '$name → $scope',
    ({ failure, scope }) => {
      expect(failureScope(failure)).toBe(scope);
    },
  );
});

describe('SyncWorker under faults', () => {
  it('one case always 500: the 50 others deliver in their normal time, it backs off on its own', async () => {
    const k = kioskWithPoison();
    const poison = k.store.submitCase(filingCase('poison', 0)).caseId;
    const others = Array.from({ length: 50 }, (_, i) => k.store.submitCase(filingCase(`ok${i}`, 1)).caseId);
    const report = await k.worker.drainOnce();
    // Two steps each (9101 + ZZ02) for the 50, one for the poisoned case: nobody waited for it.
    expect(report).toMatchObject({ steps: 101, deferred: 1, parked: 0 });
    expect(new Set(statuses(k, others))).toEqual(new Set(['pending-review']));
    expect(k.worker.status().holdUntil).toBeNull();
    const poisoned = k.store.listLedger().find((r) => r.caseId === poison);
    expect(poisoned).toMatchObject({ status: 'queued', attempts: 1 });
    expect(poisoned?.lastError).toContain('HTTP 500');
    // A newly committed case is not held back by the poisoned one either.
    const late = k.store.submitCase(filingCase('late', 1)).caseId;
    await k.worker.drainOnce();
    expect(k.store.getCase(late)?.status).toBe('pending-review');
    k.close();
  });

  it('parks a case after the attempt limit, with its last error, and stops trying', async () => {
    const k = kioskWithPoison(HTTP_500, 3);
    const { caseId } = k.store.submitCase(filingCase('poison', 0));
    for (let i = 0; i < 5; i++) {
      await k.worker.drainOnce();
      k.clock.t += 3_600_000;
    }
    const row = k.store.listLedger().find((r) => r.caseId === caseId);
    expect(row).toMatchObject({
      status: 'needs-attention',
      attentionCode: 'attempts-exhausted',
      attempts: 3,
    });
    expect(row?.errMsg).toMatch(/gave up after 3 attempts: server-error: HTTP 500/);
    expect(row?.lastError).toContain('HTTP 500');
    expect(k.worker.nextWakeAt()).toBeNull();
    expect(k.worker.status().needsAttention).toBe(1);
    // Staff resend starts it afresh.
    expect(k.store.resend(caseId)).toEqual({ ok: true });
    expect(k.store.listLedger().find((r) => r.caseId === caseId)).toMatchObject({
      status: 'queued',
      attempts: 0,
    });
    k.close();
  });

  it('a 429 with Retry-After holds everyone, without counting against the case', async () => {
    const k = openKiosk(h, ':memory:', { maxAttempts: 2 });
    const ids = ['t1', 't2'].map((t) => k.store.submitCase(filingCase(t, 1)).caseId);
    h.sim.control.setFaults({ throttleRate: 1, throttleRetryAfterSeconds: 60 });
    // Both lanes (concurrency 2) may have a message in flight when the first 429 comes back; no more.
    const first = await k.worker.drainOnce();
    expect(first.steps).toBeLessThanOrEqual(2);
    expect(first).toMatchObject({ deferred: first.steps, parked: 0 });
    expect(k.worker.status().holdUntil).toBeGreaterThanOrEqual(k.clock.t + 60_000);
    for (let i = 0; i < 3; i++) {
      k.clock.t += 61_000;
      await k.worker.drainOnce();
    }
    expect(statuses(k, ids)).toEqual(['queued', 'queued']); // never parked: the province, not the cases
    h.sim.control.setFaults({ throttleRate: 0 });
    k.clock.t += 3_600_000;
    await k.worker.drainOnce();
    expect(statuses(k, ids)).toEqual(['pending-review', 'pending-review']);
    k.close();
  });

  it('a 429 without Retry-After holds everyone on the worker backoff, attempts not counted', async () => {
    const throttled: NotOk = { ...HTTP_500, reason: 'throttled', httpStatus: 429, detail: 'HTTP 429' };
    let on = true;
    const k = kioskWrapping(
      (real) => ({
        upload: (...a) => (on ? Promise.resolve(throttled) : real.upload(...a)),
        submit: (...a) => (on ? Promise.resolve(throttled) : real.submit(...a)),
        caseStatus: (...a) => real.caseStatus(...a),
      }),
      { maxAttempts: 2 },
    );
    const ids = ['q1', 'q2', 'q3', 'q4'].map((t) => k.store.submitCase(filingCase(t, 1)).caseId);
    for (let i = 0; i < 4; i++) {
      const r = await k.worker.drainOnce();
      // The first 429 stops the drain: at most one message per lane, not one per case. After it the kiosk
      // also paces itself (send-pacer.ts), so a drain may send nothing until its next turn.
      expect(r.steps).toBeLessThanOrEqual(2);
      if (r.steps > 0) expect(k.worker.status().holdUntil).not.toBeNull();
      const next = k.worker.nextWakeAt();
      expect(next).not.toBeNull();
      k.clock.t = (next ?? k.clock.t) + 1;
    }
    expect(statuses(k, ids)).toEqual(['queued', 'queued', 'queued', 'queued']);
    expect(k.store.listLedger().every((r) => r.attempts === 0)).toBe(true);
    on = false;
    k.clock.t += 3_600_000;
    await k.worker.drainOnce();
    expect(new Set(statuses(k, ids))).toEqual(new Set(['pending-review']));
    k.close();
  });

  it('the network being down holds everyone (connection refused), attempts not counted', async () => {
    const port = await closedPort();
    const offline = openKiosk(h, ':memory:', {
      province: h.makeClient({ baseUrl: `http://127.0.0.1:${port}` }),
      maxAttempts: 2,
    });
    const ids = ['n1', 'n2', 'n3'].map((t) => offline.store.submitCase(filingCase(t, 1)).caseId);
    for (let i = 0; i < 4; i++) {
      const r = await offline.worker.drainOnce();
      expect(r.steps).toBeLessThanOrEqual(2); // the first failure stops the drain (2 lanes)
      offline.clock.t += 3_600_000;
    }
    expect(statuses(offline, ids)).toEqual(['queued', 'queued', 'queued']);
    expect(offline.store.listLedger().every((r) => r.attempts === 0)).toBe(true);
    expect(offline.worker.status().lastError?.detail).toMatch(/network/);
    offline.close();
  });

  it('a case purged while due is taken off the schedule instead of spinning the worker', async () => {
    const k = openKiosk(h, ':memory:');
    const { caseId } = k.store.submitCase(filingCase('gone', 0));
    // Simulate a case that became unloadable while due (e.g. purged by an older build).
    k.db.prepare(`UPDATE cases SET status = 'accepted', settled_at = 0 WHERE case_id = ?`).run(caseId);
    await purgeExpired(k.db, FIXTURE_PHOTOS, { now: k.clock.t });
    expect(k.worker.nextWakeAt()).not.toBeNull(); // still due: the state the old worker spun on
    const report = await k.worker.drainOnce();
    expect(report.steps).toBe(0);
    expect(k.worker.nextWakeAt()).toBeNull();
    expect(k.store.resend(caseId)).toMatchObject({ ok: false, problem: 'purged' });
    k.close();
  });
});

/** A port nobody listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const addr = srv.address();
  await new Promise<void>((r) => srv.close(() => r()));
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  return addr.port;
}

describe('SyncWorker: a case already at the province', () => {
  it('is never parked when only its ZZ03 keeps failing (a resend would submit it twice)', async () => {
    const w = kioskWrapping(
      (real) => ({
        upload: (...a) => real.upload(...a),
        submit: (...a) => real.submit(...a),
        caseStatus: () => Promise.resolve(HTTP_500),
      }),
      { maxAttempts: 2 },
    );
    const { caseId } = w.store.submitCase(filingCase('polled', 0));
    await w.worker.drainOnce();
    expect(w.store.getCase(caseId)?.status).toBe('pending-review');
    for (let i = 0; i < 5; i++) {
      w.clock.t += 3_600_000;
      await w.worker.drainOnce();
    }
    const row = w.store.listLedger().find((r) => r.caseId === caseId);
    expect(row).toMatchObject({ status: 'pending-review' });
    expect(row?.attempts).toBeGreaterThanOrEqual(2);
    expect(w.worker.nextWakeAt()).not.toBeNull();
    w.close();
  });
});
