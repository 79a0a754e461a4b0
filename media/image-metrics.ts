import type { GreyImage, Rect } from './grey-image';

/**
 * Figures a quality verdict is made from, measured on the downscaled grey analysis image (fixed long
 * side, so the same scene gives the same figures whatever the camera's resolution), inside the page
 * when one was found, else over the whole frame.
 */
export type ImageMetrics = Readonly<{
  /** Mean luma, 0–255. */
  meanLuma: number;
  /** 95th percentile of luma: how bright the paper is. */
  whiteLevel: number;
  /** 2nd percentile of luma: how dark the darkest ink is. */
  blackLevel: number;
  /** Share of pixels at 250 or above (clipped highlights), 0–1. */
  saturatedFraction: number;
  /** Variance of the 4-neighbour Laplacian: falls as the image gets blurrier (and as content gets sparser). */
  laplacianVariance: number;
  /** Share of pixels on a strong edge (gradient ≥ EDGE_GRADIENT): near zero for a blank sheet, 0–1. */
  edgeDensity: number;
  /**
   * The blur measure the verdict uses: Laplacian energy over gradient energy (×100), summed over content
   * pixels only (gradient ≥ CONTENT_GRADIENT, so plain paper and sensor noise stay out). Raw Laplacian
   * variance grows with the amount of print and with exposure (a short letter in focus scores like a
   * crowded form out of focus); this ratio cancels both and falls as 1/σ² with the blur radius σ.
   * On the fixtures: crisp 135–210, legible 38–93, illegible ≤ 22 (quality-thresholds.ts).
   */
  focus: number;
  /** Share of pixels clearly darker than the paper (luma < 0.7 × whiteLevel): ink, print, stamps, 0–1. */
  inkFraction: number;
  /** Size of the analysed region in analysis-image pixels. */
  analysedWidth: number;
  analysedHeight: number;
}>;

/** A luma step (over two pixels, |dx| + |dy|) that counts as an edge: text strokes, table rules. */
export const EDGE_GRADIENT = 48;
/** A luma step that is surely not sensor noise (σ ≈ 1–2 after downscaling): the pixel shows something. */
export const CONTENT_GRADIENT = 16;

function percentile(hist: Uint32Array, total: number, p: number): number {
  const target = total * p;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v] ?? 0;
    if (seen >= target) return v;
  }
  return 255;
}

export function measureImage(img: GreyImage, region: Rect): ImageMetrics {
  const { data, width } = img;
  const x0 = region.left;
  const y0 = region.top;
  const x1 = region.left + region.width;
  const y1 = region.top + region.height;

  const hist = new Uint32Array(256);
  let sum = 0;
  for (let y = y0; y < y1; y++) {
    const row = y * width;
    for (let x = x0; x < x1; x++) {
      const v = data[row + x] ?? 0;
      hist[v] = (hist[v] ?? 0) + 1;
      sum += v;
    }
  }
  const total = Math.max(1, region.width * region.height);
  let saturated = 0;
  for (let v = 250; v < 256; v++) saturated += hist[v] ?? 0;

  // Laplacian and gradient over the interior, one pass.
  let lapSum = 0;
  let contentLap = 0;
  let contentGrad = 0;
  let lapSq = 0;
  let edges = 0;
  let count = 0;
  for (let y = y0 + 1; y < y1 - 1; y++) {
    const row = y * width;
    for (let x = x0 + 1; x < x1 - 1; x++) {
      const i = row + x;
      const c = data[i] ?? 0;
      const l = data[i - 1] ?? 0;
      const r = data[i + 1] ?? 0;
      const u = data[i - width] ?? 0;
      const d = data[i + width] ?? 0;
      const lap = l + r + u + d - 4 * c;
      lapSum += lap;
      lapSq += lap * lap;
      const gx = r - l;
      const gy = d - u;
      const g = Math.abs(gx) + Math.abs(gy);
      if (g >= EDGE_GRADIENT) edges++;
      if (g >= CONTENT_GRADIENT) {
        contentLap += lap * lap;
        contentGrad += gx * gx + gy * gy;
      }
      count++;
    }
  }
  const whiteLevel = percentile(hist, total, 0.95);
  let ink = 0;
  for (let v = 0; v < 0.7 * whiteLevel; v++) ink += hist[v] ?? 0;
  const n = Math.max(1, count);
  const lapMean = lapSum / n;
  const laplacianVariance = lapSq / n - lapMean * lapMean;
  const edgeDensity = edges / n;
  const focus = contentGrad > 0 ? (100 * contentLap) / contentGrad : 0;
  return {
    meanLuma: sum / total,
    whiteLevel,
    blackLevel: percentile(hist, total, 0.02),
    saturatedFraction: saturated / total,
    laplacianVariance,
    edgeDensity,
    focus,
    inkFraction: ink / total,
    analysedWidth: region.width,
    analysedHeight: region.height,
  };
}
