import sharp from 'sharp';
import { seededRandom } from '../../domain/seeded-random';

/**
 * A photographed page as the kiosk stores one: a 1600×1200 grey-paper JPEG with seeded "text" strokes and
 * sensor noise, encoded at the quality that lands nearest `targetBytes` (about 330 KB by default, the size
 * of the kiosk's accepted pages). Deterministic per seed, so runs compare like with like.
 */
export async function documentJpeg(seed: number, targetBytes = 330_000): Promise<Buffer> {
  const width = 1600;
  const height = 1200;
  const rnd = seededRandom(seed);
  const px = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    // Lines of "text": dark runs on every 40th band, paper elsewhere; noise everywhere.
    const inLine = y % 40 < 18 && y > 80 && y < height - 80;
    for (let x = 0; x < width; x++) {
      const ink = inLine && x > 100 && x < width - 100 && rnd() < 0.35;
      px[y * width + x] = Math.max(0, Math.min(255, (ink ? 40 : 225) + Math.floor((rnd() - 0.5) * 24)));
    }
  }
  const encode = (quality: number): Promise<Buffer> =>
    sharp(px, { raw: { width, height, channels: 1 } })
      .jpeg({ quality, mozjpeg: false })
      .toBuffer();
  let lo = 10;
  let hi = 95;
  let best = await encode(50);
  while (lo <= hi) {
    const q = Math.floor((lo + hi) / 2);
    const jpeg = await encode(q);
    if (Math.abs(jpeg.length - targetBytes) < Math.abs(best.length - targetBytes)) best = jpeg;
    if (jpeg.length < targetBytes) lo = q + 1;
    else hi = q - 1;
  }
  return best;
}
