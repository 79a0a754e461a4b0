import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FAULTS, type Faults } from '../../../province-sim/sim-settings';
import { startHarness } from '../../support/contract-harness';
import { filingCase } from '../../support/test-cases';
import { openKiosk } from '../../support/worker-harness';

/**
 * The network fault matrix (issue 15): the real SyncWorker and ProvincialClient against the strict simulator
 * with one fault per row, and every case delivered exactly once by the simulator's own cases table. Steady
 * faults (outage, maintenance) hold for the first drains and then lift; rate faults stay on to the end.
 * Prints one table. sync-worker.faults.test.ts holds the finer behaviour (who waits, what counts as an attempt).
 */
const CASES = 8;
const SIM_SEED = 0x6e37_0001;
/** The client's per-request timeout: a hung request is given up after this long. */
const CLIENT_TIMEOUT_MS = 2_000;
const SHORT_TIMEOUT_MS = 400;

type Row = Readonly<{
  fault: string;
  faults: Partial<Faults>;
  steadyDrains?: number;
  timeoutMs?: number;
}>;

const MATRIX: ReadonlyArray<Row> = [
  { fault: 'outage (503 + Retry-After)', faults: { outage: true }, steadyDrains: 4 },
  { fault: 'maintenance (503 + Retry-After)', faults: { maintenanceNow: true }, steadyDrains: 4 },
  { fault: '5xx (500, 30 %)', faults: { serverErrorRate: 0.3 } },
  { fault: 'timeout (no answer, 20 %)', faults: { hangRate: 0.2 }, timeoutMs: SHORT_TIMEOUT_MS },
  { fault: 'slow (250 ms each)', faults: { slowMs: 250 } },
  { fault: 'lost answers (processed, cut, 30 %)', faults: { dropResponseRate: 0.3 } },
  { fault: 'duplicates (delivered twice, 30 %)', faults: { duplicateRate: 0.3 } },
  { fault: '429 (+ Retry-After, 30 %)', faults: { throttleRate: 0.3 } },
];

type Outcome = Readonly<{
  fault: string;
  requests: number;
  faulted: number;
  drains: number;
  delivered: number;
  heldTwice: number;
  lost: number;
}>;

const table: Outcome[] = [];

async function runRow(row: Row): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'zizhu-net-'));
  const h = await startHarness(
    { review: { zz02AcpStas: '1' }, faults: row.faults, seed: SIM_SEED },
    { timeoutMs: row.timeoutMs ?? CLIENT_TIMEOUT_MS },
  );
  const k = openKiosk(h, join(dir, 'kiosk.sqlite'));
  try {
    const tags = Array.from({ length: CASES }, (_, i) => `n${i}`);
    for (const t of tags) k.store.submitCase(filingCase(t, 1));
    let drains = 0;
    for (; drains < 200 && k.worker.nextWakeAt() !== null; drains++) {
      if (drains === row.steadyDrains) h.sim.control.setFaults(NO_FAULTS);
      await k.worker.drainOnce();
      const next = k.worker.nextWakeAt();
      if (next !== null) k.clock.t = Math.max(k.clock.t + 1_000, next);
    }
    const received = h.sim.control.received();
    const held = h.sim.control.cases().map((c) => String(c.data.memo));
    const count = (t: string) => held.filter((m) => m === t).length;
    const statuses = k.store.listLedger().map((r) => r.status);
    return {
      fault: row.fault,
      requests: received.length,
      faulted: received.filter((e) => e.outcome !== 'answered').length,
      drains,
      delivered: tags.filter((t) => count(t) === 1).length,
      heldTwice: tags.filter((t) => count(t) > 1).length + held.filter((m) => !tags.includes(m)).length,
      lost: tags.filter((t) => count(t) === 0).length + statuses.filter((s) => s !== 'accepted').length,
    };
  } finally {
    k.close();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

afterAll(() => {
  const lines = [
    `network fault matrix: ${CASES} cases per row, simulator seed 0x${SIM_SEED.toString(16)}`,
    '| fault | requests | faulted | drains | delivered once | held twice | lost |',
    '|---|---|---|---|---|---|---|',
    ...table.map(
      (r) =>
        `| ${r.fault} | ${r.requests} | ${r.faulted} | ${r.drains} | ${r.delivered}/${CASES} | ${r.heldTwice} | ${r.lost} |`,
    ),
  ];
  console.log(lines.join('\n'));
});

describe('network fault matrix against the simulator', () => {
  for (const row of MATRIX) {
    it(`${row.fault}: every case at the province exactly once`, async () => {
      const r = await runRow(row);
      table.push(r);
      // Slow answers are answers; every other row must have met its fault.
      if (!row.faults.slowMs) expect(r.faulted, 'the fault happened').toBeGreaterThan(0);
      expect(r).toMatchObject({ delivered: CASES, heldTwice: 0, lost: 0 });
    }, 60_000);
  }
});
