import { fullRect, type GreyImage, type Rect } from './grey-image';
import { measureImage, type ImageMetrics } from './image-metrics';
import type { QualityThresholds } from './quality-thresholds';

/** Why a photo was refused; the UI maps each to advice for the resident (move the page, check the lamp…). */
export type QualityProblem = 'too-dark' | 'overexposed' | 'blurred' | 'blank' | 'unreadable';

export type QualityVerdict =
  | { ok: true; metrics: ImageMetrics }
  /** `metrics` is null only for 'unreadable' (nothing could be measured). */
  | { ok: false; problem: QualityProblem; metrics: ImageMetrics | null };

/**
 * Share of the page box left out on every side before measuring: the box of a slightly askew page holds
 * slivers of desk and the paper's shadowed edge, which would read as ink and as edges.
 */
export const PAGE_INSET = 0.1;

/** The region the metrics are taken from: the page box (or the whole frame) minus PAGE_INSET per side. */
export function analysisRegion(img: GreyImage, page: Rect | null): Rect {
  const r = page ?? fullRect(img);
  const dx = Math.round(r.width * PAGE_INSET);
  const dy = Math.round(r.height * PAGE_INSET);
  return {
    left: r.left + dx,
    top: r.top + dy,
    width: Math.max(3, r.width - 2 * dx),
    height: Math.max(3, r.height - 2 * dy),
  };
}

/**
 * The verdict from the metrics, checked in the order a resident can act on: light first (nothing else
 * can be judged in a black or white frame), then whether anything is on the page, then focus.
 */
export function judgeQuality(metrics: ImageMetrics, t: QualityThresholds): QualityVerdict {
  if (metrics.whiteLevel < t.minWhiteLevel) return { ok: false, problem: 'too-dark', metrics };
  // Glare fades the print but leaves its edges crisp; blur fades it too, with soft edges: judged below.
  const washedOut =
    metrics.saturatedFraction > t.maxSaturatedFraction && metrics.blackLevel >= t.minWashedOutBlackLevel;
  if (washedOut && metrics.focus >= t.minFocus) return { ok: false, problem: 'overexposed', metrics };
  if (metrics.inkFraction < t.minInkFraction) return { ok: false, problem: 'blank', metrics };
  if (metrics.focus < t.minFocus) return { ok: false, problem: 'blurred', metrics };
  return { ok: true, metrics };
}

/** Measures and judges in one step. */
export function checkQuality(img: GreyImage, page: Rect | null, t: QualityThresholds): QualityVerdict {
  return judgeQuality(measureImage(img, analysisRegion(img, page)), t);
}
