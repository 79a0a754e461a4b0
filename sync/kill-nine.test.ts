import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import { startHarness } from '../tests/support/contract-harness';
import { openKiosk } from '../tests/support/worker-harness';

const CASES = 8;

describe('kill -9 in the middle of sending', () => {
  it('resumes cleanly: the province holds every committed case exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-kill-'));
    // Slow answers widen the window in which the child is killed between sending and recording.
    const h = await startHarness({ review: { zz02AcpStas: '1' }, faults: { slowMs: 40 } });
    try {
      const dbPath = join(dir, 'kiosk.sqlite');
      const db = openKioskDatabase(dbPath);
      const store = new CaseStore(db, {
        key: TEST_KEY,
        fixmedinsCode: h.settings.fixmedinsCode,
        countyCode: '440902',
      });
      const tags = Array.from({ length: CASES }, (_, i) => `k${i}`);
      for (const t of tags) store.submitCase(filingCase(t, 2));
      db.close();
      const settingsPath = join(dir, 'client.json');
      writeFileSync(settingsPath, JSON.stringify(h.settings));

      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, '../tests/support/kill-nine-child.ts'),
          dbPath,
          settingsPath,
        ],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      const deadline = Date.now() + 20_000;
      while (
        h.sim.control.received().filter((e) => e.outcome === 'answered').length < 7 &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 5));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const heldAtKill = h.sim.control.cases().length;
      expect(heldAtKill).toBeLessThan(CASES);

      h.sim.control.setFaults({ slowMs: 0 });
      const k = openKiosk(h, dbPath);
      for (let i = 0; i < 5 && k.worker.nextWakeAt() !== null; i++) {
        k.clock.t += 3_600_000;
        await k.worker.drainOnce();
      }
      const held = h.sim.control
        .cases()
        .map((c) => String(c.data.memo))
        .sort();
      expect(held).toEqual([...tags].sort());
      expect(k.store.listLedger().map((r) => r.status)).toEqual(Array(CASES).fill('accepted'));
      k.close();
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
