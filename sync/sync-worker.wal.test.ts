import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filingCase } from '../tests/support/test-cases';
import { startHarness, type Harness } from '../tests/support/contract-harness';
import { openKiosk } from '../tests/support/worker-harness';
import { JOURNAL_SIZE_LIMIT_BYTES } from '../db/open-kiosk-database';

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
  it('once nothing is due, the whole WAL is back in the database and the next commit reuses the file', async () => {
    const dbPath = join(dir, 'kiosk.sqlite');
    const k = openKiosk(h, dbPath, {}, { t: Date.now() });
    const ids = ['w1', 'w2', 'w3'].map((t) => k.store.submitCase(filingCase(t, 2)).caseId);
    const frames = (): number => {
      const [row] = k.db.prepare('PRAGMA wal_checkpoint(PASSIVE)').all() as Array<{ log: number }>;
      return row?.log ?? -1;
    };
    k.worker.start();
    for (let i = 0; i < 200 && k.worker.status().queued > 0; i++) await new Promise((r) => setTimeout(r, 20));
    // The idle step ran (the worker had written, and nothing is due).
    for (let i = 0; i < 50 && frames() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    await k.worker.stop();
    expect(ids.map((id) => k.store.getCase(id)?.status)).toEqual([
      'pending-review',
      'pending-review',
      'pending-review',
    ]);
    const size = statSync(`${dbPath}-wal`).size;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT_BYTES);
    // A resident's commit now writes from the file's start, into blocks it already has.
    k.store.submitCase(filingCase('w4', 2));
    expect(statSync(`${dbPath}-wal`).size).toBe(size);
    expect(frames()).toBeGreaterThan(0);
    k.close();
  });
});
