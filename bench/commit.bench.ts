import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import type { BenchModule, BenchResult } from './types';

/**
 * Durable case commit (submitCase: case + 2 materials + 3 outbox messages, one transaction, WAL,
 * synchronous=FULL) p99 against the p99 of durably writing a file of similar size: create a file, write as
 * many bytes as one commit adds to the WAL (measured first), fsync, close. Samples alternate so both see the
 * same disk weather. As in production, the sync worker's WAL checkpoint runs between cases (untimed; it is
 * not on the resident's path, see openKioskDatabase). Target (SPEC): ≤ 1.5.
 * COMMIT_SAMPLES sets the run (default 400). BENCH_DIR picks the disk (default the OS temp dir).
 */
const quantile = (xs: Array<number>, q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))] ?? NaN;
};
const p99 = (xs: Array<number>): number => quantile(xs, 0.99);

const bench: BenchModule = async () => {
  const samples = Number(process.env.COMMIT_SAMPLES ?? 400);
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'zizhu-commit-'));
  try {
    const dbPath = join(dir, 'kiosk.sqlite');
    const db = openKioskDatabase(dbPath);
    const store = new CaseStore(db, { key: TEST_KEY, fixmedinsCode: 'H44090200001', countyCode: '440902' });
    const outbox = new Outbox(db, TEST_KEY);
    const cases = Array.from({ length: samples }, (_, i) => filingCase(`bench-${i}`, 2));
    // Warm caches and statements, and measure how many bytes one commit makes durable.
    const walBefore = statSync(`${dbPath}-wal`).size;
    for (let i = 0; i < 20; i++) store.submitCase(filingCase(`warm-${i}`, 2));
    const bytesPerCommit = Math.ceil((statSync(`${dbPath}-wal`).size - walBefore) / 20);
    outbox.checkpoint();
    const block = Buffer.alloc(bytesPerCommit, 0x5a);
    const commit: Array<number> = [];
    const raw: Array<number> = [];
    for (let i = 0; i < samples; i++) {
      let t = process.hrtime.bigint();
      store.submitCase(cases[i] as (typeof cases)[number]);
      commit.push(Number(process.hrtime.bigint() - t) / 1e6);
      outbox.checkpoint();
      t = process.hrtime.bigint();
      const fd = openSync(join(dir, `raw-${i}.bin`), 'w');
      writeSync(fd, block);
      fsyncSync(fd);
      closeSync(fd);
      raw.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    db.close();
    const measured = p99(commit);
    const baseline = p99(raw);
    const result: BenchResult = {
      name: 'durable case commit p99 vs raw write+fsync p99',
      unit: 'ms p99',
      measured,
      baseline,
      ratio: measured / baseline,
      target: '≤ 1.5',
      pass: measured / baseline <= 1.5,
      notes: `${samples} alternating samples of ${bytesPerCommit} bytes; medians: commit ${quantile(commit, 0.5).toFixed(2)} ms, raw fsync ${quantile(raw, 0.5).toFixed(2)} ms`,
    };
    return [result];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
