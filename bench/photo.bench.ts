import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { BenchModule, BenchResult } from './types';
import { defaultSettings } from '../config/defaults';
import { SessionRegistry } from '../kiosk/session-registry';
import { PhotoService } from '../kiosk/services/photo-service';
import { acceptPhoto } from '../media/accept-photo';
import { DEFAULT_ENCODE_OPTIONS, encodeDocument } from '../media/encode-document';
import type { Rect } from '../media/grey-image';
import { PhotoVault } from '../media/photo-vault';
import { renderScene } from '../tests/fixtures/camera/document-scene';
import { renderPromisePage } from './support/promise-page';

/**
 * Photo step, in every mode the kiosk runs a picture through (kiosk/services/photo-service.ts, media/):
 *  - camera, page found: autoCrop on (the kiosk's setting), the page cropped out of an 8 MP frame of a desk;
 *  - camera, page fills the frame: autoCrop on, nothing to crop (the whole frame is kept);
 *  - autoCrop off (acceptPhoto's option; tests and tools use it): the whole frame, no page search used;
 *  - promise page: the kiosk's own rendered 承诺书 (1240×1754 JPEG from the renderer), no camera checks.
 * Measured: the kiosk's call (PhotoService.accept with the renderer's base64 for the first two and the promise,
 * acceptPhoto for autoCrop off): decode, quality checks, crop, resize, adaptive JPEG, thumbnail, AES-GCM seal,
 * fsynced write into a data directory on disk. Baseline: bare sharp doing the same crop (the region the kiosk
 * chose), resize and encode (same JPEG quality and settings) to the same output size, nothing else. Runs
 * alternate pairwise so load from other processes falls on both; figure = median of per-pair ratios, target
 * ≤ 1.2 in every mode (issue 15).
 */

const RUNS = 21;
const WARMUP = 3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const p90 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] ?? NaN;
};

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** What the kiosk produced for a frame: the bare baseline must do exactly this. */
type Reference = Readonly<{ crop: Rect | null; width: number; height: number; quality: number }>;

function bareEncoder(input: Buffer, ref: Reference): () => Promise<Buffer> {
  return async () => {
    let img = sharp(input).autoOrient();
    if (ref.crop) img = img.extract(ref.crop);
    const { data, info } = await img
      .resize(DEFAULT_ENCODE_OPTIONS.maxLongSide, DEFAULT_ENCODE_OPTIONS.maxLongSide, {
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: ref.quality, chromaSubsampling: '4:2:0', optimiseCoding: true })
      .toBuffer({ resolveWithObject: true });
    if (info.width !== ref.width || info.height !== ref.height) {
      throw new Error(`bare encode made ${info.width}x${info.height}, the kiosk ${ref.width}x${ref.height}`);
    }
    return data;
  };
}

type Mode = Readonly<{
  name: string;
  input: Buffer;
  reference: Reference;
  kiosk: () => Promise<number>;
}>;

export default (async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zizhu-photo-bench-'));
  const settings = { ...defaultSettings(dataDir), dataDir };
  const sessions = new SessionRegistry();
  const service = new PhotoService(settings, randomBytes(32), sessions);
  const rawVault = new PhotoVault({ dir: join(dataDir, 'photos-direct'), key: randomBytes(32) });
  const results: BenchResult[] = [];
  try {
    const desk = await renderScene({ width: 3264, variant: 'sharp' });
    const fullPage = await renderScene({ width: 3264, variant: 'full-page' });
    const promise = await renderPromisePage();

    const cameraReference = async (frame: Buffer, autoCrop: boolean): Promise<Reference> => {
      const r = await acceptPhoto(rawVault, frame, { sessionId: 'reference', autoCrop });
      if (!r.ok) throw new Error(`bench frame refused: ${r.problem}`);
      await rawVault.removeSession('reference');
      return { crop: r.crop, width: r.photo.width, height: r.photo.height, quality: r.jpegQuality };
    };
    const promiseEncoded = await encodeDocument({ kind: 'encoded', bytes: promise }, null);
    const viaService = (frame: Buffer, kind: 'camera' | 'promise') => {
      const base64 = frame.toString('base64');
      return async (): Promise<number> => {
        const r = await service.accept('bench', base64, kind);
        if (!r.ok) throw new Error(`bench frame refused: ${r.problem}`);
        return r.bytes;
      };
    };
    const modes: Mode[] = [
      {
        name: 'camera, page found (autoCrop on, cropped)',
        input: desk,
        reference: await cameraReference(desk, true),
        kiosk: viaService(desk, 'camera'),
      },
      {
        name: 'camera, page fills the frame (autoCrop on, not cropped)',
        input: fullPage,
        reference: await cameraReference(fullPage, true),
        kiosk: viaService(fullPage, 'camera'),
      },
      {
        name: 'camera, autoCrop off',
        input: desk,
        reference: await cameraReference(desk, false),
        kiosk: async () => {
          const r = await acceptPhoto(rawVault, desk, { sessionId: 'bench', autoCrop: false });
          if (!r.ok) throw new Error(`bench frame refused: ${r.problem}`);
          return r.photo.bytes;
        },
      },
      {
        name: 'promise page (1240×1754, no camera checks)',
        input: promise,
        reference: {
          crop: null,
          width: promiseEncoded.width,
          height: promiseEncoded.height,
          quality: promiseEncoded.quality,
        },
        kiosk: viaService(promise, 'promise'),
      },
    ];
    if (modes[0]?.reference.crop === null) throw new Error('bench: the desk frame was not cropped');
    if (modes[1]?.reference.crop !== null) throw new Error('bench: the full-page frame was cropped');

    for (const mode of modes) {
      const bare = bareEncoder(mode.input, mode.reference);
      const base: number[] = [];
      const full: number[] = [];
      const ratios: number[] = [];
      const writes: number[] = [];
      let maxBytes = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        // Alternate which side goes first as well, so neither always runs on a warmer cache.
        let b = 0;
        let m = 0;
        let bytes = 0;
        let bareJpeg: Buffer = Buffer.alloc(0);
        const measure = async () => {
          m = await timed(async () => {
            bytes = await mode.kiosk();
          });
        };
        if (i % 2 === 0) {
          b = await timed(async () => (bareJpeg = await bare()));
          await measure();
        } else {
          await measure();
          b = await timed(async () => (bareJpeg = await bare()));
        }
        // The kiosk's durable write alone (seal + fsync, same size), to show how much of the gap it is.
        const w = await timed(() => rawVault.put(bareJpeg, { sessionId: 'bench' }));
        await sessions.end('bench');
        await rawVault.removeSession('bench');
        if (i < WARMUP) continue;
        base.push(b);
        full.push(m);
        ratios.push(m / b);
        writes.push(w);
        maxBytes = Math.max(maxBytes, bytes);
      }
      const ratio = median(ratios);
      const r = mode.reference;
      results.push({
        name: `photo: ${mode.name} vs bare sharp, same crop/resize/encode`,
        unit: 'ms median',
        measured: Math.round(median(full) * 10) / 10,
        baseline: Math.round(median(base) * 10) / 10,
        ratio: Math.round(ratio * 100) / 100,
        target: '≤ 1.2',
        pass: ratio <= 1.2 && maxBytes <= DEFAULT_ENCODE_OPTIONS.maxBytes,
        notes:
          `median of ${RUNS} alternating pairs (p90 of ratios ${p90(ratios).toFixed(2)}); ` +
          `of the kiosk's time, the sealed fsynced vault write alone takes ${median(writes).toFixed(1)} ms median; ` +
          `${r.crop ? `crop ${r.crop.width}×${r.crop.height}` : 'no crop'} → ${r.width}×${r.height} q${r.quality}, ` +
          `stored JPEG ${maxBytes} B (limit ${DEFAULT_ENCODE_OPTIONS.maxBytes})`,
      });
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return results;
}) satisfies BenchModule;
