import type { GreyImage } from './grey-image';

/**
 * Structural similarity (SSIM, Wang et al. 2004) of two grey images of the same size, on 8×8 windows with
 * a stride of 4, the usual constants (K1 0.01, K2 0.03, L 255). 1 means identical; for a document
 * re-encoded as JPEG it says how much of the strokes' structure survived. Used by tests and the report,
 * never on the kiosk's hot path.
 */
export function ssim(a: GreyImage, b: GreyImage): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new RangeError('ssim needs images of the same size');
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const W = 8;
  const STEP = 4;
  let total = 0;
  let windows = 0;
  for (let y = 0; y + W <= a.height; y += STEP) {
    for (let x = 0; x + W <= a.width; x += STEP) {
      let sa = 0;
      let sb = 0;
      let saa = 0;
      let sbb = 0;
      let sab = 0;
      for (let dy = 0; dy < W; dy++) {
        const row = (y + dy) * a.width + x;
        for (let dx = 0; dx < W; dx++) {
          const va = a.data[row + dx] ?? 0;
          const vb = b.data[row + dx] ?? 0;
          sa += va;
          sb += vb;
          saa += va * va;
          sbb += vb * vb;
          sab += va * vb;
        }
      }
      const n = W * W;
      const ma = sa / n;
      const mb = sb / n;
      const va = saa / n - ma * ma;
      const vb = sbb / n - mb * mb;
      const cov = sab / n - ma * mb;
      total += ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
      windows++;
    }
  }
  return windows === 0 ? 1 : total / windows;
}

/** Peak signal-to-noise ratio in dB (Infinity for identical images). */
export function psnr(a: GreyImage, b: GreyImage): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new RangeError('psnr needs images of the same size');
  let se = 0;
  for (let i = 0; i < a.data.length; i++) {
    const d = (a.data[i] ?? 0) - (b.data[i] ?? 0);
    se += d * d;
  }
  const mse = se / Math.max(1, a.data.length);
  return mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
}
