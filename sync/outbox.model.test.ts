import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SQLITE_DRIVERS, type SqliteDriver } from '../db/driver/index';
import { filingCase } from '../tests/support/test-cases';
import type { Faults } from '../province-sim/sim-settings';
import { startHarness, type Harness } from '../tests/support/contract-harness';
import { openKiosk, type KioskUnderTest } from '../tests/support/worker-harness';

/**
 * Model-based test of the outbox: random sequences of committing cases, network faults, lost answers,
 * duplicate deliveries, crashes (close and reopen the database file, dropping every in-memory object) and
 * drains. The model is just the list of committed cases. After every step the province must hold no case
 * twice and nothing the kiosk did not commit; once the network heals, every committed case is held exactly
 * once, under the msgid the kiosk persisted at commit time.
 */
type Model = { committed: Array<string> };
type Real = {
  h: Harness;
  path: string;
  k: KioskUnderTest;
  clock: { t: number };
  nextTag: number;
  driver: SqliteDriver;
};

const FAULTS: Readonly<Record<string, Partial<Faults>>> = {
  none: {},
  outage: { outage: true },
  'server-error': { serverErrorRate: 0.5 },
  'lost-answers': { dropResponseRate: 0.5 },
  duplicates: { duplicateRate: 1 },
  throttled: { throttleRate: 0.5, throttleRetryAfterSeconds: 1 },
};

function memos(r: Real): Array<string> {
  return r.h.sim.control.cases().map((c) => String(c.data.memo));
}

function checkInvariants(m: Model, r: Real): void {
  const held = memos(r);
  expect(new Set(held).size).toBe(held.length);
  for (const tag of held) expect(m.committed).toContain(tag);
}

class Enqueue implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pages: number) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const tag = `case-${r.nextTag++}`;
    r.k.store.submitCase(filingCase(tag, this.pages));
    m.committed.push(tag);
  }
  toString = (): string => `enqueue(${this.pages})`;
}

class Network implements fc.AsyncCommand<Model, Real> {
  constructor(readonly fault: string) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    r.h.sim.control.reset();
    r.h.sim.control.setReview({ zz02AcpStas: '1' });
    r.h.sim.control.setFaults(FAULTS[this.fault] ?? {});
    checkInvariants(m, r);
  }
  toString = (): string => `network(${this.fault})`;
}

class Drain implements fc.AsyncCommand<Model, Real> {
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    r.clock.t += 3_600_000; // past any backoff
    await r.k.worker.drainOnce();
    checkInvariants(m, r);
  }
  toString = (): string => 'drain';
}

/** The process dies: possibly right after the province processed a message whose answer never arrived. */
class Crash implements fc.AsyncCommand<Model, Real> {
  constructor(readonly midSend: boolean) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    if (this.midSend) {
      const before = r.h.sim.control.faults();
      r.h.sim.control.setFaults({ ...before, dropResponseRate: 1 });
      r.clock.t += 3_600_000;
      await r.k.worker.drainOnce();
      r.h.sim.control.setFaults(before);
    }
    r.k.close();
    r.k = openKiosk(r.h, r.path, {}, r.clock, r.driver);
    checkInvariants(m, r);
  }
  toString = (): string => `crash(${this.midSend ? 'mid-send' : 'idle'})`;
}

// On both engines behind db/driver/: the crash-and-retry invariants must not depend on which one commits.
describe.each(SQLITE_DRIVERS.map((d) => [d.name, d] as const))(
  'outbox (model-based) on %s',
  (_name, driver) => {
    it('delivers every committed case exactly once whatever the network and crashes do', async () => {
      const commands = [
        fc.integer({ min: 0, max: 2 }).map((p) => new Enqueue(p)),
        fc.constantFrom(...Object.keys(FAULTS)).map((f) => new Network(f)),
        fc.constant(new Drain()),
        fc.boolean().map((b) => new Crash(b)),
      ];
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
          const dir = mkdtempSync(join(tmpdir(), 'zizhu-model-'));
          const h = await startHarness({ review: { zz02AcpStas: '1' } });
          const clock = { t: Date.now() };
          const path = join(dir, 'kiosk.sqlite');
          const real: Real = { h, path, k: openKiosk(h, path, {}, clock, driver), clock, nextTag: 0, driver };
          const model: Model = { committed: [] };
          try {
            await fc.asyncModelRun(() => ({ model, real }), cmds);
            // Heal the network and let the worker finish.
            h.sim.control.reset();
            h.sim.control.setReview({ zz02AcpStas: '1' });
            for (let i = 0; i < 10 && real.k.worker.nextWakeAt() !== null; i++) {
              clock.t += 3_600_000;
              await real.k.worker.drainOnce();
            }
            expect(memos(real).sort()).toEqual([...model.committed].sort());
            const ledger = real.k.store.listLedger();
            expect(ledger.every((row) => row.status === 'accepted')).toBe(true);
            const byRef = new Map(h.sim.control.cases().map((c) => [c.ref_msgid, String(c.data.memo)]));
            for (const row of ledger) expect(byRef.has(row.submitMsgid)).toBe(true);
          } finally {
            real.k.close();
            await h.close();
            rmSync(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: 12 },
      );
    });
  },
);
