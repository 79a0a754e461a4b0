import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderScene } from '../tests/fixtures/camera/document-scene';
import { acceptPhoto } from './accept-photo';
import { PhotoVault } from './photo-vault';
import { DEFAULT_QUALITY_THRESHOLDS } from './quality-thresholds';
import { fixture } from '../tests/support/media-images';

let dir: string;
let vault: PhotoVault;
/** Rendering the 8 MP test scene takes ~7 s idle and 21–27 s on a loaded 2-core machine. */
const SCENE_TIMEOUT_MS = 120_000;
let frame8mp: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zizhu-accept-'));
  vault = new PhotoVault({ dir, key: randomBytes(32) });
  frame8mp = await renderScene({ width: 3264, variant: 'sharp' });
}, SCENE_TIMEOUT_MS);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('acceptPhoto', () => {
  it('accepts an 8 MP page: cropped to the page, ≤ 500 KB, sealed in the vault, with a thumbnail', async () => {
    const r = await acceptPhoto(vault, frame8mp, {
      sessionId: 's-8mp',
      thresholds: DEFAULT_QUALITY_THRESHOLDS,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cropped).toBe(true);
    expect(r.photo.bytes).toBeLessThanOrEqual(500_000);
    // The page is portrait; the crop must have turned the landscape frame into a portrait photo.
    expect(r.photo.height).toBeGreaterThan(r.photo.width);
    const stored = await vault.readJpeg(r.photo.id);
    expect(stored.length).toBe(r.photo.bytes);
    expect(r.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    const thumb = await sharp(Buffer.from(r.thumbnail.split(',')[1] ?? '', 'base64')).metadata();
    expect(thumb.width).toBe(320);
    expect((await vault.info(r.photo.id)).sessionId).toBe('s-8mp');
  });

  it('keeps the whole frame when autoCrop is off', async () => {
    const r = await acceptPhoto(vault, fixture('page-sharp.jpg'), { sessionId: 's-nocrop', autoCrop: false });
    expect(r).toMatchObject({ ok: true, cropped: false, photo: { width: 1280, height: 960 } });
  });

  it('accepts PNG frames too', async () => {
    const png = await sharp(fixture('page-sparse.jpg')).png().toBuffer();
    const r = await acceptPhoto(vault, png, { sessionId: 's-png' });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['page-blurred.jpg', 'blurred'],
    ['page-dark.jpg', 'too-dark'],
    ['page-overexposed.jpg', 'overexposed'],
    ['page-blank.jpg', 'blank'],
  ] as const)('refuses %s as %s and stores nothing', async (name, problem) => {
    const r = await acceptPhoto(vault, fixture(name), { sessionId: 's-refused' });
    expect(r).toMatchObject({ ok: false, problem });
    expect(await vault.removeSession('s-refused')).toEqual([]);
  });

  it('refuses garbage, truncated and tiny images as unreadable', async () => {
    const truncated = fixture('page-sharp.jpg').subarray(0, 5000);
    const tiny = await sharp(fixture('page-sharp.jpg')).resize(200).jpeg().toBuffer();
    for (const bytes of [randomBytes(5000), Buffer.alloc(0), truncated, tiny]) {
      const r = await acceptPhoto(vault, bytes, { sessionId: 's-bad' });
      expect(r).toMatchObject({ ok: false, problem: 'unreadable' });
    }
  });

  it('removeSession wipes what a walked-away resident left', async () => {
    await acceptPhoto(vault, fixture('page-sharp.jpg'), { sessionId: 's-walked-away' });
    const before = (await readdir(dir)).length;
    expect(await vault.removeSession('s-walked-away')).toHaveLength(1);
    expect((await readdir(dir)).length).toBe(before - 2);
  });
});
