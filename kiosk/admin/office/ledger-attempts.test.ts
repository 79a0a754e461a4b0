import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryAttempts } from '../../../db/delivery-attempts';
import { startHarness, type Harness } from '../../../tests/support/contract-harness';
import { filingCase, TEST_KEY } from '../../../tests/support/test-cases';
import { openKiosk, type KioskUnderTest } from '../../../tests/support/worker-harness';
import { LedgerView } from './ledger-view';

let h: Harness;
let k: KioskUnderTest;
let view: LedgerView;

beforeEach(async () => {
  h = await startHarness({ review: { delayMs: 60_000 } });
  // The worker's events feed the attempts table exactly as start-kiosk wires it.
  let attempts: DeliveryAttempts | null = null;
  k = openKiosk(h, ':memory:', { log: (e) => attempts?.record(e) });
  attempts = new DeliveryAttempts(k.db);
  view = new LedgerView(k.db, k.store, TEST_KEY);
});
afterEach(async () => {
  k.close();
  await h.close();
});

describe('every delivery attempt is in the ledger', () => {
  it('a failed try, then the one that went through, each with its time, outcome and error kind', async () => {
    const c = k.store.submitCase(filingCase('retried'));
    h.sim.control.setFaults({ outage: true });
    const firstAt = k.clock.t;
    await k.worker.drainOnce();
    h.sim.control.setFaults({ outage: false });
    k.clock.t += 10 * 60_000; // past any backoff
    await k.worker.drainOnce();

    const entry = view.entry(c.caseId);
    expect(entry?.status).not.toBe('queued');
    const log = entry?.attemptLog ?? [];
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(log[0]).toMatchObject({ at: firstAt, outcome: 'deferred' });
    expect(log[0]?.errorKind).not.toBeNull();
    expect(log[0]?.errorKind).not.toBe('other');
    const last = log[log.length - 1];
    expect(last).toMatchObject({ at: k.clock.t, outcome: 'sent', step: 'submit', errorKind: null });
  });

  it('a retry that fails again is a second attempt, not folded into the first', async () => {
    const c = k.store.submitCase(filingCase('twice'));
    h.sim.control.setFaults({ outage: true });
    await k.worker.drainOnce();
    k.clock.t += 10 * 60_000;
    await k.worker.drainOnce();
    const log = view.entry(c.caseId)?.attemptLog ?? [];
    expect(log.map((a) => a.outcome)).toEqual(['deferred', 'deferred']);
    expect(log[1]!.at).toBeGreaterThan(log[0]!.at);
  });

  it('a refusal parks the case and is recorded as refused', async () => {
    h.sim.control.refuseNextSubmissions(1, '材料不全');
    const c = k.store.submitCase(filingCase('refused'));
    await k.worker.drainOnce();
    const entry = view.entry(c.caseId);
    expect(entry?.status).toBe('needs-attention');
    expect(entry?.attemptLog.at(-1)).toMatchObject({ outcome: 'parked', errorKind: 'refused' });
  });
});
