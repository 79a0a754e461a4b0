/**
 * A single-channel 8-bit image in memory, and the few pixel operations the quality checks and the page
 * finder need. Pure code (no sharp, no Node APIs) so it is cheap to test and reason about.
 */
export type GreyImage = Readonly<{ data: Uint8Array; width: number; height: number }>;

/** An axis-aligned rectangle in pixel units of some image. */
export type Rect = Readonly<{ left: number; top: number; width: number; height: number }>;

/** Rec. 601 luma from interleaved RGB(A) bytes, in integer arithmetic (weights sum to 256). */
export function lumaFromRgb(rgb: Uint8Array, width: number, height: number, channels: number): GreyImage {
  const n = width * height;
  const data = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    data[i] = (77 * (rgb[j] ?? 0) + 150 * (rgb[j + 1] ?? 0) + 29 * (rgb[j + 2] ?? 0)) >> 8;
  }
  return { data, width, height };
}

/** Box-average downscale by an integer factor (drops the ragged right/bottom remainder). */
export function shrinkBy(img: GreyImage, factor: number): GreyImage {
  const f = Math.max(1, Math.floor(factor));
  const width = Math.max(1, Math.floor(img.width / f));
  const height = Math.max(1, Math.floor(img.height / f));
  const data = new Uint8Array(width * height);
  const area = f * f;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++) {
        const row = (y * f + dy) * img.width + x * f;
        for (let dx = 0; dx < f; dx++) sum += img.data[row + dx] ?? 0;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { data, width, height };
}

/** The whole image as a rectangle. */
export function fullRect(img: Readonly<{ width: number; height: number }>): Rect {
  return { left: 0, top: 0, width: img.width, height: img.height };
}

/** Scales a rectangle from one image size to another, rounding outwards and clamping to the target. */
export function scaleRect(r: Rect, sx: number, sy: number, maxWidth: number, maxHeight: number): Rect {
  const left = Math.max(0, Math.floor(r.left * sx));
  const top = Math.max(0, Math.floor(r.top * sy));
  const right = Math.min(maxWidth, Math.ceil((r.left + r.width) * sx));
  const bottom = Math.min(maxHeight, Math.ceil((r.top + r.height) * sy));
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}
