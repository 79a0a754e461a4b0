import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { PhotoVault, PhotoVaultError } from './photo-vault';
import { fixture } from '../tests/support/media-images';

let dir: string;
let vault: PhotoVault;
const key = randomBytes(32);
const jpeg = fixture('page-sharp.jpg');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zizhu-vault-'));
  vault = new PhotoVault({ dir, key });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesOnDisk(): Promise<Buffer[]> {
  return Promise.all((await readdir(dir)).map((n) => readFile(join(dir, n))));
}

describe('PhotoVault', () => {
  it('stores and returns the exact JPEG, with its SHA-256 and size', async () => {
    const stored = await vault.put(jpeg, { sessionId: 's1' });
    expect(stored).toMatchObject({ bytes: jpeg.length, width: 1280, height: 960 });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await vault.readJpeg(stored.id);
    expect(back.equals(jpeg)).toBe(true);
    expect(await vault.info(stored.id)).toMatchObject({ sessionId: 's1', sha256: stored.sha256 });
  });

  it('info() follows the metadata file on disk: rewritten, swapped, deleted or detached', async () => {
    const a = await vault.put(jpeg, { sessionId: 's1' });
    const b = await vault.put(jpeg, { sessionId: 's2' });
    const metaA = join(dir, `${a.id}.meta`);
    const original = await readFile(metaA);
    // Rewritten in place with other bytes: the vault's own copy of what it wrote does not answer.
    const flipped = Buffer.from(original);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    await writeFile(metaA, flipped);
    await expect(vault.info(a.id)).rejects.toMatchObject({ code: 'corrupt' });
    await writeFile(metaA, original);
    expect(await vault.info(a.id)).toMatchObject({ sessionId: 's1' });
    // Another photo's metadata moved under this id.
    await writeFile(metaA, await readFile(join(dir, `${b.id}.meta`)));
    await expect(vault.info(a.id)).rejects.toMatchObject({ code: 'corrupt' });
    await rm(metaA);
    await expect(vault.info(a.id)).rejects.toMatchObject({ code: 'not-found' });
    // Another vault on the directory (a restart) detaches it: this one sees the new file.
    await new PhotoVault({ dir, key }).detach(b.id);
    expect(await vault.info(b.id)).toMatchObject({ sessionId: null, sha256: b.sha256 });
  });

  it('keeps nothing readable on disk: no JPEG/EXIF markers, no metadata in clear', async () => {
    const withExif = await sharp(jpeg).withMetadata({ orientation: 1 }).jpeg().toBuffer();
    expect(withExif.includes(Buffer.from('Exif'))).toBe(true);
    await vault.put(withExif, { sessionId: 'session-plaintext-probe', label: 'hukou-page' });
    const files = await filesOnDisk();
    expect(files.length).toBe(2);
    for (const f of files) {
      expect(f.subarray(0, 2).equals(Buffer.from([0xff, 0xd8]))).toBe(false);
      expect(f.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
      expect(f.includes(Buffer.from('Exif'))).toBe(false);
      expect(f.includes(Buffer.from('JFIF'))).toBe(false);
      expect(f.includes(Buffer.from('session-plaintext-probe'))).toBe(false);
      expect(f.includes(Buffer.from('hukou'))).toBe(false);
      expect(f.includes(withExif.subarray(200, 232))).toBe(false);
    }
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('refuses a tampered photo, a photo moved under another id, and a wrong key', async () => {
    const a = await vault.put(jpeg);
    const b = await vault.put(jpeg);
    const path = join(dir, `${a.id}.photo`);
    const original = await readFile(path);

    const flipped = Buffer.from(original);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 1;
    await writeFile(path, flipped);
    await expect(vault.readJpeg(a.id)).rejects.toMatchObject({ code: 'corrupt' });

    await writeFile(path, await readFile(join(dir, `${b.id}.photo`)));
    await expect(vault.readJpeg(a.id)).rejects.toMatchObject({ code: 'corrupt' });

    await writeFile(path, original);
    expect((await vault.readJpeg(a.id)).equals(jpeg)).toBe(true);
    const otherKey = new PhotoVault({ dir, key: randomBytes(32) });
    await expect(otherKey.readJpeg(a.id)).rejects.toBeInstanceOf(PhotoVaultError);
  });

  it('refuses ids that are not its own (no path tricks) and bytes that are not JPEG', async () => {
    await expect(vault.readJpeg('../../etc/passwd')).rejects.toMatchObject({ code: 'bad-id' });
    await expect(vault.remove('../x')).rejects.toMatchObject({ code: 'bad-id' });
    await expect(vault.readJpeg('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not-found',
    });
    const png = await sharp(jpeg).png().toBuffer();
    await expect(vault.put(png)).rejects.toMatchObject({ code: 'not-jpeg' });
    await expect(vault.put(Buffer.from([0xff, 0xd8, 0, 0]))).rejects.toMatchObject({ code: 'not-jpeg' });
  });

  it('remove deletes both files and is idempotent', async () => {
    const p = await vault.put(jpeg);
    await vault.remove(p.id);
    await vault.remove(p.id);
    expect(await readdir(dir)).toEqual([]);
    await expect(vault.readJpeg(p.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('removeSession deletes that session only, and spares detached (committed) photos', async () => {
    const a1 = await vault.put(jpeg, { sessionId: 'a' });
    const a2 = await vault.put(jpeg, { sessionId: 'a' });
    const a3 = await vault.put(jpeg, { sessionId: 'a' });
    const b1 = await vault.put(jpeg, { sessionId: 'b' });
    await vault.detach(a3.id);
    expect((await vault.removeSession('a')).sort()).toEqual([a1.id, a2.id].sort());
    expect((await vault.list()).sort()).toEqual([a3.id, b1.id].sort());
    expect((await readdir(dir)).length).toBe(4);
  });

  it('removeSession spares a photo a committed case references although its detach never happened', async () => {
    const kept = await vault.put(jpeg, { sessionId: 'a' });
    const gone = await vault.put(jpeg, { sessionId: 'a' });
    const removed = await vault.removeSession('a', { isReferenced: (id) => id === kept.id });
    expect(removed).toEqual([gone.id]);
    expect((await vault.readJpeg(kept.id)).equals(jpeg)).toBe(true);
  });

  it('sweep removes photos of sessions that are gone, keeps live, referenced and detached ones, and debris', async () => {
    const live = await vault.put(jpeg, { sessionId: 'live' });
    const gone = await vault.put(jpeg, { sessionId: 'gone' });
    const referenced = await vault.put(jpeg, { sessionId: 'gone' });
    const detached = await vault.put(jpeg, { sessionId: 'gone' });
    await vault.detach(detached.id);
    const noMeta = await vault.put(jpeg, { sessionId: 'live' });
    await rm(join(dir, `${noMeta.id}.meta`));
    await writeFile(join(dir, 'x.photo.1234.tmp'), randomBytes(100));

    const removed = await vault.sweep({
      liveSessionIds: new Set(['live']),
      isReferenced: (id) => id === referenced.id,
    });
    expect(removed.sort()).toEqual([gone.id, noMeta.id].sort());
    expect((await vault.list()).sort()).toEqual([live.id, referenced.id, detached.id].sort());
    expect((await readdir(dir)).length).toBe(6);
  });

  it('thumbnail is a 320-px-wide JPEG of the stored photo', async () => {
    const p = await vault.put(jpeg);
    const meta = await sharp(await vault.thumbnail(p.id)).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(320);
  });
});
