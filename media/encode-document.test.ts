import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderScene } from '../tests/fixtures/camera/document-scene';
import { decodeUpright, encodeDocument, MIN_QUALITY } from './encode-document';
import { ssim } from './similarity';
import { greyOf } from '../tests/support/media-images';

const MAX = 500_000;
/** Rendering the 8 MP test scene takes ~7 s idle and 21–27 s on a loaded 2-core machine. */
const SCENE_TIMEOUT_MS = 120_000;
let frame8mp: Buffer;

beforeAll(async () => {
  // 3264×2448 = 7.99 MP, the size of an 8-megapixel document camera's frame.
  frame8mp = await renderScene({ width: 3264, variant: 'sharp' });
}, SCENE_TIMEOUT_MS);

describe('encodeDocument', () => {
  it('turns an 8 MP frame into ≤ 500 KB at ≤ 2480 px, structurally close to the original (SSIM ≥ 0.95)', async () => {
    const out = await encodeDocument({ kind: 'encoded', bytes: frame8mp }, null);
    expect(out.jpeg.length).toBeLessThanOrEqual(MAX);
    expect(Math.max(out.width, out.height)).toBe(2480);
    const size = { width: out.width, height: out.height };
    const score = ssim(await greyOf(out.jpeg), await greyOf(frame8mp, size));
    console.log(
      `8MP -> ${out.width}x${out.height} q${out.quality} ${out.jpeg.length} B, SSIM ${score.toFixed(4)}`,
    );
    expect(score).toBeGreaterThanOrEqual(0.95);
  });

  it('crops from raw pixels to exactly the requested region, without upscaling', async () => {
    const raw = await decodeUpright(frame8mp);
    const crop = { left: 800, top: 100, width: 1650, height: 2250 };
    const out = await encodeDocument(raw, crop);
    expect([out.width, out.height]).toEqual([1650, 2250]);
    expect(out.jpeg.length).toBeLessThanOrEqual(MAX);
    const original = await sharp(frame8mp).extract(crop).toBuffer();
    const score = ssim(await greyOf(out.jpeg), await greyOf(original));
    console.log(
      `8MP cropped -> ${out.width}x${out.height} q${out.quality} ${out.jpeg.length} B, SSIM ${score.toFixed(4)}`,
    );
    expect(score).toBeGreaterThanOrEqual(0.95);
  });

  it('lowers quality, then size, until the limit is met', async () => {
    const out = await encodeDocument({ kind: 'encoded', bytes: frame8mp }, null, {
      maxBytes: 120_000,
      maxLongSide: 2480,
    });
    expect(out.jpeg.length).toBeLessThanOrEqual(120_000);
    expect(out.quality).toBeGreaterThanOrEqual(MIN_QUALITY);
    expect(out.quality).toBeLessThan(85);
  });

  it('honours EXIF orientation: a landscape sensor frame tagged "rotate 90°" comes out portrait', async () => {
    // Orientation 6: the stored pixels must be turned 90° clockwise to be upright.
    const tagged = await sharp(frame8mp).resize(1600).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const out = await encodeDocument({ kind: 'encoded', bytes: tagged }, null);
    expect(out.height).toBeGreaterThan(out.width);
    const upright = await sharp(frame8mp).resize(1600).rotate(90).toBuffer();
    const score = ssim(
      await greyOf(out.jpeg),
      await greyOf(upright, { width: out.width, height: out.height }),
    );
    expect(score).toBeGreaterThan(0.85);
    // And the same through the raw path.
    const viaRaw = await encodeDocument(await decodeUpright(tagged), null);
    expect([viaRaw.width, viaRaw.height]).toEqual([out.width, out.height]);
  });
});
