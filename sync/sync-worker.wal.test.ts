import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filingCase } from '../tests/support/test-cases';
import { startHarness, type Harness } from '../tests/support/contract-harness';
import { openKiosk } from '../tests/support/worker-harness';

let h: Harness;
let dir: string;
beforeEach(async () => {
  h = await startHarness({ review: { delayMs: 60_000 } });
  dir = mkdtempSync(join(tmpdir(), 'zz-wal-'));
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SyncWorker and the WAL', () => {
  it('truncates the -wal file once it has nothing due', async () => {
    const dbPath = join(dir, 'kiosk.sqlite');
    const k = openKiosk(h, dbPath, {}, { t: Date.now() });
    const ids = ['w1', 'w2', 'w3'].map((t) => k.store.submitCase(filingCase(t, 2)).caseId);
    expect(statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);
    k.worker.start();
    for (let i = 0; i < 200 && statSync(`${dbPath}-wal`).size > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    await k.worker.stop();
    expect(ids.map((id) => k.store.getCase(id)?.status)).toEqual([
      'pending-review',
      'pending-review',
      'pending-review',
    ]);
    expect(statSync(`${dbPath}-wal`).size).toBe(0);
    k.close();
  });
});
