import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  it('once nothing is due, the whole WAL is back in the database, restarted and primed, and the next commit appends to the file', async () => {
    const dbPath = join(dir, 'kiosk.sqlite');
    const k = openKiosk(h, dbPath, {}, { t: Date.now() });
    const ids = ['w1', 'w2', 'w3'].map((t) => k.store.submitCase(filingCase(t, 2)).caseId);
    const frames = (): number => {
      const [row] = k.db.prepare('PRAGMA wal_checkpoint(PASSIVE)').all() as Array<{ log: number }>;
      return row?.log ?? -1;
    };
    const restarts = (): number => {
      const row = k.db.prepare("SELECT value FROM meta WHERE key = 'wal-restarts'").get() as
        { value: string } | undefined;
      return Number(row?.value ?? 0);
    };
    k.worker.start();
    for (let i = 0; i < 200 && k.worker.status().queued > 0; i++) await new Promise((r) => setTimeout(r, 20));
    // The idle step ran (the worker had written, and nothing is due): it restarted and primed the WAL.
    for (let i = 0; i < 50 && restarts() === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await k.worker.stop();
    expect(restarts()).toBeGreaterThan(0);
    expect(ids.map((id) => k.store.getCase(id)?.status)).toEqual([
      'pending-review',
      'pending-review',
      'pending-review',
    ]);
    const size = statSync(`${dbPath}-wal`).size;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT_BYTES);
    // A resident's commit now writes near the file's start (after the primer), into blocks it already has,
    // and appends to the primed WAL: no new WAL header (salts), so no header fsync before its own.
    const header = (): Buffer => readFileSync(`${dbPath}-wal`).subarray(0, 32);
    const primedHeader = header();
    k.store.submitCase(filingCase('w4', 2));
    expect(statSync(`${dbPath}-wal`).size).toBe(size);
    expect(header().equals(primedHeader)).toBe(true);
    expect(frames()).toBeGreaterThan(1);
    k.close();
  });
});
