/**
 * The drawing as the pane collects it: points in CSS pixels inside the canvas, y down. Points outside the
 * canvas (a finger sliding off the edge) are clamped to it, points closer than MIN_STEP to the previous one
 * are not kept, and a drawing stops growing at the limits the Node side enforces (api/handwriting-schemas).
 */
import { HANDWRITING_LIMITS } from '../../api/handwriting-limits';

export type InkPoint = [number, number];
export type InkStroke = InkPoint[];

const MIN_STEP = 2;

export function clampPoint(x: number, y: number, width: number, height: number): InkPoint {
  return [Math.min(width, Math.max(0, Math.round(x))), Math.min(height, Math.max(0, Math.round(y)))];
}

const pointCount = (strokes: readonly InkStroke[]) => strokes.reduce((n, s) => n + s.length, 0);

/** A new stroke starting at `point`, or the drawing unchanged when it already has as many strokes as allowed. */
export function startStroke(strokes: readonly InkStroke[], point: InkPoint): InkStroke[] {
  if (
    strokes.length >= HANDWRITING_LIMITS.maxStrokes ||
    pointCount(strokes) >= HANDWRITING_LIMITS.maxPoints
  ) {
    return [...strokes];
  }
  return [...strokes, [point]];
}

/** The point added to the last stroke, unless it is too close or a limit is reached. */
export function extendStroke(strokes: readonly InkStroke[], point: InkPoint): InkStroke[] {
  const last = strokes[strokes.length - 1];
  if (!last) return [...strokes];
  const prev = last[last.length - 1]!;
  if (Math.hypot(point[0] - prev[0], point[1] - prev[1]) < MIN_STEP) return [...strokes];
  if (
    last.length >= HANDWRITING_LIMITS.maxPointsPerStroke ||
    pointCount(strokes) >= HANDWRITING_LIMITS.maxPoints
  ) {
    return [...strokes];
  }
  return [...strokes.slice(0, -1), [...last, point]];
}
