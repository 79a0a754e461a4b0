import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegFrameSize } from './jpeg-header';

const jpeg = (width: number, height: number, progressive = false) =>
  sharp({ create: { width, height, channels: 3, background: '#8a8' } })
    .jpeg({ quality: 80, progressive })
    .toBuffer();

describe('jpegFrameSize', () => {
  it('reads the size of baseline and progressive JPEGs as libvips does', async () => {
    for (const [w, h, progressive] of [
      [1641, 2254, false],
      [320, 240, true],
    ] as const) {
      const bytes = await jpeg(w, h, progressive);
      expect(jpegFrameSize(bytes)).toEqual({ width: w, height: h });
      const meta = await sharp(bytes).metadata();
      expect(jpegFrameSize(bytes)).toEqual({ width: meta.width, height: meta.height });
    }
  });

  it('leaves a JPEG with EXIF (which may rotate it) to libvips', async () => {
    const rotated = await sharp(await jpeg(400, 300))
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(jpegFrameSize(rotated)).toBeNull();
  });

  it('refuses what is not a JPEG or stops before a frame header', async () => {
    expect(jpegFrameSize(Buffer.from([0xff, 0xd8, 0, 0]))).toBeNull();
    expect(jpegFrameSize(Buffer.from('not a jpeg at all'))).toBeNull();
    const whole = await jpeg(64, 64);
    // Cut inside the first segment: no SOF reachable.
    expect(jpegFrameSize(whole.subarray(0, 10))).toBeNull();
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(jpegFrameSize(png)).toBeNull();
  });
});
