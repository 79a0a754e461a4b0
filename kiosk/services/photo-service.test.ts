import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskApiError } from '../../api/result';
import { defaultSettings } from '../../config/defaults';
import { THUMBNAIL_WIDTH } from '../../media/thumbnail';
import { SessionRegistry } from '../session-registry';
import { PhotoService } from './photo-service';

/** A stand-in for the renderer's 承诺书: a white A4 page at 150 dpi with a dark block of "text". */
async function promisePage(): Promise<Buffer> {
  const ink = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#222' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fff' } })
    .composite([{ input: ink, left: 170, top: 300 }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

describe('PhotoService, the 承诺书 page', () => {
  let dir: string;
  let service: PhotoService;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zizhu-photo-service-'));
    service = new PhotoService(
      { ...defaultSettings(dir), dataDir: dir },
      randomBytes(32),
      new SessionRegistry(),
    );
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores the page re-encoded and returns a thumbnail of it', async () => {
    const r = await service.accept('s1', (await promisePage()).toString('base64'), 'promise');
    if (!r.ok) throw new Error(r.problem);
    expect({ width: r.width, height: r.height }).toEqual({ width: 1240, height: 1754 });
    const stored = await service.vault.readJpeg(r.page.photoId);
    expect(stored.length).toBe(r.bytes);
    const thumb = Buffer.from(r.page.thumbnail.replace(/^data:image\/jpeg;base64,/, ''), 'base64');
    const meta = await sharp(thumb).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(THUMBNAIL_WIDTH);
    expect(meta.height).toBe(Math.round((1754 * THUMBNAIL_WIDTH) / 1240));
  });

  it('refuses a page that is no image as a bad request, and stores nothing', async () => {
    const attempt = service.accept('s1', Buffer.from('not an image at all').toString('base64'), 'promise');
    await expect(attempt).rejects.toBeInstanceOf(KioskApiError);
    await expect(attempt).rejects.toMatchObject({ code: 'bad-request' });
    expect(await service.vault.list()).toEqual([]);
  });
});
