import { closeSync, fdatasyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { adultCard } from '../tests/support/sample-people';
import { openCaseServiceRig } from './support/case-service-rig';
import { documentJpeg } from './support/document-jpeg';
import { assertRealDisk } from './support/real-disk';
import { median, percentile } from './support/stats';
import type { BenchModule, BenchResult } from './types';

/**
 * The resident-visible durable submit against the disk's physical limit for the same bytes.
 *
 * Measured: CaseService.submit end to end (kiosk/services/case-service.ts, wired as start-kiosk wires it, on a
 * real data directory), from the call until the 受理编号 is returnable: the checks (the pages' vault
 * metadata read back) and the one transaction (case, materials, outbox messages; WAL, synchronous=FULL).
 * The pages' detach (a rewritten, fsynced metadata file each and a directory fsync) is written right after
 * the 受理编号 is returned (case-service.ts says why); it is awaited untimed after each sample. Each sample is a fresh session holding two accepted photos of about 330 KB in the
 * vault, put there untimed beforehand as the camera step does; before each sample the WAL is checkpointed,
 * restarted and primed, as the idle sync worker leaves it (Outbox.restartWal; untimed).
 *
 * Baseline: pwrite + fdatasync of the same number of bytes into a file preallocated (written and synced once)
 * in the same data directory. The bytes a submit makes durable are counted as the WAL frames its commit
 * wrote: the -wal file's valid frames (those carrying the WAL header's salts) after the call less those
 * before, × (page size + 24-byte frame header), + the 32-byte WAL header when the call wrote it.
 * No photo bytes are on the path: the photo files are neither moved nor rewritten by a submit (they were
 * made durable when taken), and the detach's metadata comes after the 受理编号.
 *
 * Samples alternate (submit first, then baseline first). Target: p99 ≤ 1.5 × the baseline's p99.
 * COMMIT_SAMPLES sets the run (default 300). BENCH_DIR picks the disk (default the OS temp dir); a tmpfs or
 * ramfs directory is refused.
 */
const WARMUP = 20;

const bench: BenchModule = async () => {
  const samples = Number(process.env.COMMIT_SAMPLES ?? 300);
  const parent = process.env.BENCH_DIR ?? tmpdir();
  assertRealDisk(parent, 'commit bench');
  const dataDir = mkdtempSync(join(parent, 'zizhu-commit-'));
  try {
    const rig = await openCaseServiceRig(dataDir);
    const pages = [await documentJpeg(1), await documentJpeg(2)];
    const pageSize = Number(rig.db.pragma('page_size', { simple: true }));
    const walPath = join(dataDir, 'kiosk.sqlite-wal');
    /** Frames of the current WAL on file (read, not checkpointed: that would make the next commit restart it). */
    const walFrames = (): number => validWalFrames(walPath, pageSize);
    let n = 0;
    /** One resident's submit: untimed setup, then the timed call; returns ms and the bytes made durable. */
    const submitOnce = async (): Promise<{ ms: number; bytes: number }> => {
      const sessionId = `bench-session-${n++}`;
      rig.identities.identify(sessionId, adultCard, '01');
      await rig.identities.insurance(sessionId);
      const photos = [];
      for (const jpeg of pages) photos.push(await rig.vault.put(jpeg, { sessionId }));
      const submission = rig.submission(photos.map((p) => ({ photoId: p.id, sha256: p.sha256 })));
      rig.outbox.restartWal();
      const before = walFrames();
      const t = process.hrtime.bigint();
      await rig.service.submit(sessionId, submission, `bench-key-${n}`, rig.now);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const frames = walFrames() - before;
      // The detach is written right after the 受理编号 is returned; it must not fall into the next sample.
      await rig.service.detached();
      // Each frame is a 24-byte header and a page; the first commit into a restarted WAL also writes its header.
      return { ms, bytes: (before === 0 ? 32 : 0) + frames * (pageSize + 24) };
    };

    const warm: Array<number> = [];
    for (let i = 0; i < WARMUP; i++) warm.push((await submitOnce()).bytes);
    const blockBytes = Math.ceil(median(warm));
    const block = Buffer.alloc(blockBytes, 0x5a);
    // The limit: one write into blocks the file system already allocated, and one fdatasync.
    const rawPath = join(dataDir, 'preallocated.bin');
    const stride = Math.ceil(blockBytes / 4096) * 4096;
    const fd = openSync(rawPath, 'w+');
    const zero = Buffer.alloc(stride * 64);
    for (let off = 0; off < stride * samples; off += zero.length) writeSync(fd, zero, 0, zero.length, off);
    fdatasyncSync(fd);
    const rawOnce = (i: number): number => {
      const t = process.hrtime.bigint();
      writeSync(fd, block, 0, block.length, i * stride);
      fdatasyncSync(fd);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };

    // Diagnostic (not the baseline): bare SQLite committing a blob of the same size in a restarted WAL, as
    // the kiosk's database is opened. Its own floor: a restarted WAL's header is synced before the frames.
    const bare = openKioskDatabase(join(dataDir, 'bare.sqlite'));
    bare.exec('CREATE TABLE blobs (b BLOB)');
    const insert = bare.prepare('INSERT INTO blobs (b) VALUES (?)');
    const blob = Buffer.alloc(Math.max(1, blockBytes - 8 * (pageSize + 24)), 0x5a);
    const sqliteOnce = (): number => {
      bare.pragma('wal_checkpoint(RESTART)');
      const t = process.hrtime.bigint();
      insert.run(blob);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };

    const submit: Array<number> = [];
    const raw: Array<number> = [];
    const sqlite: Array<number> = [];
    const bytes: Array<number> = [];
    for (let i = 0; i < samples; i++) {
      if (i % 2 === 1) raw.push(rawOnce(i));
      const s = await submitOnce();
      submit.push(s.ms);
      bytes.push(s.bytes);
      if (i % 2 === 0) raw.push(rawOnce(i));
      sqlite.push(sqliteOnce());
    }
    closeSync(fd);
    bare.close();
    rig.db.close();
    const measured = percentile(submit, 99);
    const baseline = percentile(raw, 99);
    const result: BenchResult = {
      name: 'durable submit (CaseService.submit, 2 photos) p99 vs pwrite+fdatasync of its bytes p99',
      unit: 'ms p99',
      measured,
      baseline,
      ratio: measured / baseline,
      target: '≤ 1.5',
      pass: measured / baseline <= 1.5,
      notes:
        `${samples} alternating samples; ${blockBytes} bytes per submit (WAL frames, ` +
        `${Math.min(...bytes)}–${Math.max(...bytes)}); pages ${pages.map((p) => p.length).join(' + ')} bytes; ` +
        `medians: submit ${median(submit).toFixed(2)} ms, pwrite+fdatasync ${median(raw).toFixed(2)} ms; ` +
        `bare SQLite committing as many bytes into a restarted WAL (diagnostic): median ` +
        `${median(sqlite).toFixed(2)} ms, p99 ${percentile(sqlite, 99).toFixed(1)} ms`,
    };
    return [result];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/**
 * The frames of the current WAL generation in a -wal file: from the first, up to the first whose salts
 * (frame header bytes 8–15) are not the WAL header's (bytes 16–23), i.e. a frame of an earlier generation
 * left in blocks a restarted WAL has not overwritten yet. 0 when the file is missing or has no header.
 */
function validWalFrames(walPath: string, pageSize: number): number {
  let wal: Buffer;
  try {
    wal = readFileSync(walPath);
  } catch {
    return 0;
  }
  if (wal.length < 32) return 0;
  const salts = wal.subarray(16, 24);
  let frames = 0;
  for (let off = 32; off + 24 + pageSize <= wal.length; off += 24 + pageSize, frames++)
    if (!wal.subarray(off + 8, off + 16).equals(salts)) break;
  return frames;
}

export default bench;
