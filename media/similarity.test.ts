import { describe, expect, it } from 'vitest';
import type { GreyImage } from './grey-image';
import { psnr, ssim } from './similarity';

function image(w: number, h: number, f: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = f(x, y);
  return { data, width: w, height: h };
}

describe('ssim / psnr', () => {
  const stripes = image(64, 48, (x) => (x % 8 < 4 ? 20 : 230));
  it('score identical images as identical', () => {
    expect(ssim(stripes, stripes)).toBeCloseTo(1, 10);
    expect(psnr(stripes, stripes)).toBe(Infinity);
  });
  it('score a washed-out copy lower than a slightly brightened one', () => {
    const brighter = image(64, 48, (x) => (x % 8 < 4 ? 25 : 235));
    const flat = image(64, 48, () => 128);
    expect(ssim(stripes, brighter)).toBeGreaterThan(0.95);
    expect(ssim(stripes, flat)).toBeLessThan(0.1);
    expect(psnr(stripes, brighter)).toBeGreaterThan(psnr(stripes, flat));
  });
  it('refuse images of different sizes', () => {
    expect(() =>
      ssim(
        stripes,
        image(32, 48, () => 0),
      ),
    ).toThrow(RangeError);
  });
});
