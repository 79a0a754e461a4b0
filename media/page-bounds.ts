import { shrinkBy, type GreyImage, type Rect } from './grey-image';

/**
 * Finds a light page lying on a darker desk, as an axis-aligned box (a slightly askew page is kept whole:
 * the box contains it). Deliberately simple, and it says "no page" rather than guess: cropping wrongly
 * would cut off part of a resident's document, while not cropping only leaves some desk in the photo.
 *
 * Method: shrink to ~256 px (text averages into the paper), Otsu threshold, largest bright 4-connected
 * region, then sanity checks on that region (big enough, fills its box like a sheet, desk really darker,
 * something to crop at all).
 */

export type PageBoundsOptions = Readonly<{
  /** The bright region must cover at least this share of the frame. */
  minAreaFraction: number;
  /** Below this share of the frame outside the box there is nothing worth cropping. */
  minCropFraction: number;
  /** The bright region must fill at least this share of its bounding box (a sheet, not a blob). */
  minFill: number;
  /** Paper and desk means must differ by at least this much luma. */
  minContrast: number;
}>;

export const DEFAULT_PAGE_BOUNDS_OPTIONS: PageBoundsOptions = {
  minAreaFraction: 0.15,
  minCropFraction: 0.04,
  minFill: 0.7,
  minContrast: 40,
};

const WORK_LONG_SIDE = 256;

/** Otsu's threshold on a histogram: the split that maximises the between-class variance. */
function otsu(hist: Uint32Array, total: number): { threshold: number; lowMean: number; highMean: number } {
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * (hist[v] ?? 0);
  let best = 0;
  let threshold = 128;
  let wLow = 0;
  let sumLow = 0;
  let lowMean = 0;
  let highMean = 255;
  for (let t = 0; t < 255; t++) {
    wLow += hist[t] ?? 0;
    sumLow += t * (hist[t] ?? 0);
    const wHigh = total - wLow;
    if (wLow === 0 || wHigh === 0) continue;
    const mLow = sumLow / wLow;
    const mHigh = (sumAll - sumLow) / wHigh;
    const between = wLow * wHigh * (mLow - mHigh) * (mLow - mHigh);
    if (between > best) {
      best = between;
      threshold = t + 1;
      lowMean = mLow;
      highMean = mHigh;
    }
  }
  return { threshold, lowMean, highMean };
}

/** Returns the page's box in `img` coordinates (with a small margin), or null when unsure. */
export function findPageBounds(
  img: GreyImage,
  options: PageBoundsOptions = DEFAULT_PAGE_BOUNDS_OPTIONS,
): Rect | null {
  const factor = Math.max(1, Math.floor(Math.max(img.width, img.height) / WORK_LONG_SIDE));
  const small = shrinkBy(img, factor);
  const { width, height, data } = small;
  const total = width * height;
  const hist = new Uint32Array(256);
  for (let i = 0; i < total; i++) {
    const v = data[i] ?? 0;
    hist[v] = (hist[v] ?? 0) + 1;
  }
  const { threshold, lowMean, highMean } = otsu(hist, total);
  if (highMean - lowMean < options.minContrast) return null;

  // Largest bright component, iterative flood fill (labels: 0 unvisited, 1 dark/visited).
  const seen = new Uint8Array(total);
  const stack = new Int32Array(total);
  const visit = (q: number, sp: number): number => {
    if (seen[q] || (data[q] ?? 0) < threshold) return sp;
    seen[q] = 1;
    stack[sp] = q;
    return sp + 1;
  };
  let bestCount = 0;
  let box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  for (let start = 0; start < total; start++) {
    if (seen[start] || (data[start] ?? 0) < threshold) continue;
    let sp = 0;
    stack[sp++] = start;
    seen[start] = 1;
    let count = 0;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (sp > 0) {
      const p = stack[--sp] ?? 0;
      const x = p % width;
      const y = (p - x) / width;
      count++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (x > 0) sp = visit(p - 1, sp);
      if (x < width - 1) sp = visit(p + 1, sp);
      if (y > 0) sp = visit(p - width, sp);
      if (y < height - 1) sp = visit(p + width, sp);
    }
    if (count > bestCount) {
      bestCount = count;
      box = { x0, y0, x1, y1 };
    }
  }
  if (bestCount < options.minAreaFraction * total) return null;
  const boxW = box.x1 - box.x0 + 1;
  const boxH = box.y1 - box.y0 + 1;
  if (bestCount / (boxW * boxH) < options.minFill) return null;

  // Margin of one work pixel plus 1 % of the frame, so the paper's edge is never shaved.
  const margin = 1 + Math.round(0.01 * Math.max(width, height));
  const x0 = Math.max(0, box.x0 - margin);
  const y0 = Math.max(0, box.y0 - margin);
  const x1 = Math.min(width, box.x1 + 1 + margin);
  const y1 = Math.min(height, box.y1 + 1 + margin);
  if ((x1 - x0) * (y1 - y0) > (1 - options.minCropFraction) * total) return null;

  // The desk must really be darker: what lies outside the box sits on the dark side of the threshold.
  let outside = 0;
  let outsideSum = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= x0 && x < x1 && y >= y0 && y < y1) continue;
      outside++;
      outsideSum += data[y * width + x] ?? 0;
    }
  }
  if (outside > 0 && outsideSum / outside >= threshold) return null;

  // Back to `img` coordinates; the ragged remainder lost by shrinking belongs to the last row/column.
  const left = x0 * factor;
  const top = y0 * factor;
  const right = x1 === width ? img.width : x1 * factor;
  const bottom = y1 === height ? img.height : y1 * factor;
  return { left, top, width: right - left, height: bottom - top };
}
