import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { BenchModule, BenchResult } from './types';
import { acceptPhoto } from '../media/accept-photo';
import { PhotoVault } from '../media/photo-vault';
import { renderScene } from '../tests/fixtures/camera/document-scene';

/**
 * Document-camera step: an 8-megapixel frame (3264×2448 JPEG of a form on a desk) through the whole
 * acceptPhoto path (analysis decode, page finding, quality checks, full decode, crop, adaptive JPEG ≤ 500 KB,
 * thumbnail, AES-GCM sealing, fsynced write), as a ratio to sharp's bare resize to 2480 px + JPEG encode of
 * the same frame at the same starting quality. Baseline and measured runs alternate so that load from other
 * processes falls on both; the figure is the median of the per-pair ratios. Target from the issue: ≤ 1.2.
 */

const RUNS = 15;
const WARMUP = 2;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

export default (async () => {
  const frame = await renderScene({ width: 3264, variant: 'sharp' });
  const dir = await mkdtemp(join(tmpdir(), 'zizhu-photo-bench-'));
  const vault = new PhotoVault({ dir, key: randomBytes(32) });
  const bare = () => sharp(frame).resize(2480, 2480, { fit: 'inside' }).jpeg({ quality: 85 }).toBuffer();
  const results: BenchResult[] = [];
  try {
    for (const autoCrop of [true, false]) {
      const base: number[] = [];
      const full: number[] = [];
      const ratios: number[] = [];
      let maxBytes = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const b = await timed(bare);
        let bytes = 0;
        const m = await timed(async () => {
          const r = await acceptPhoto(vault, frame, { sessionId: 'bench', autoCrop });
          if (!r.ok) throw new Error(`bench frame refused: ${r.problem}`);
          bytes = r.photo.bytes;
        });
        await vault.removeSession('bench');
        if (i < WARMUP) continue;
        base.push(b);
        full.push(m);
        ratios.push(m / b);
        maxBytes = Math.max(maxBytes, bytes);
      }
      const ratio = median(ratios);
      results.push({
        name: `photo: 8 MP frame → stored JPEG (autoCrop ${autoCrop ? 'on' : 'off'}) vs bare resize+encode`,
        unit: 'ms median',
        measured: Math.round(median(full) * 10) / 10,
        baseline: Math.round(median(base) * 10) / 10,
        ratio: Math.round(ratio * 100) / 100,
        // The same target for both paths: each turns the same frame into the same stored JPEG. The kiosk runs
        // with autoCrop on (kiosk/services/photo-service.ts); a miss of the other path is reported, not hidden.
        target: '≤ 1.2',
        pass: ratio <= 1.2 && maxBytes <= 500_000,
        notes: `median of ${RUNS} paired runs; stored JPEG ${maxBytes} B (limit 500000)`,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}) satisfies BenchModule;
