/**
 * Puts a drawing into the frame the recognizer expects. Zinnia scales points by the box it is given, not by
 * the ink, so a character written small in a corner of a wide pane would look like a small corner stroke:
 * the ink's bounding box is fitted (aspect kept) into the middle of a square box and centred. Points closer
 * than a small step are dropped (a resting finger adds nothing but noise), each stroke is simplified
 * (Douglas–Peucker, 5 % of the box) because Zinnia makes a feature of every bend it finds and a wobble or a
 * hooked end is not a bend the model was taught, and long strokes are thinned evenly to a fixed number of
 * points, first and last always kept.
 */

export type Point = readonly [number, number];
export type Stroke = readonly Point[];

export const RECOGNIZER_BOX = 1000;
/**
 * The ink's longer side fills this share of the box, like a character written in a square grid (the model's
 * samples fill about 85 %). 0.7 and 0.9 did no better on the development set: placement is not what misses.
 */
export const FILL = 0.8;
/** Below this the ink is a dot or a tap: it is centred at this size rather than blown up. */
const MIN_INK_SIDE = 1e-6;
const MIN_STEP = 4;
const MAX_POINTS_PER_STROKE = 64;
/**
 * Measured with bench/handwriting.bench.ts: 0–30 change nothing, 50 lifts top-5 by ~3 points, 80 alone is no
 * better; HandwritingService reads a drawing at 50 and at 80 and merges both (rank-candidates.ts).
 */
export const SIMPLIFY_TOLERANCE = 50;

export type NormaliseOptions = Readonly<{ fill: number; tolerance: number }>;

export function normaliseStrokes(
  strokes: readonly Stroke[],
  { fill, tolerance }: NormaliseOptions = { fill: FILL, tolerance: SIMPLIFY_TOLERANCE },
): Stroke[] {
  const all = strokes.flat();
  if (all.length === 0) return [];
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const inkW = Math.max(...xs) - minX;
  const inkH = Math.max(...ys) - minY;
  const side = Math.max(inkW, inkH, MIN_INK_SIDE);
  const scale = (RECOGNIZER_BOX * fill) / side;
  const offsetX = (RECOGNIZER_BOX - inkW * scale) / 2;
  const offsetY = (RECOGNIZER_BOX - inkH * scale) / 2;
  const place = ([x, y]: Point): Point => [
    Math.round(offsetX + (x - minX) * scale),
    Math.round(offsetY + (y - minY) * scale),
  ];
  return strokes
    .filter((s) => s.length > 0)
    .map((s) => thin(simplify(dropClosePoints(s.map(place)), tolerance)));
}

function dropClosePoints(stroke: readonly Point[]): Point[] {
  const kept: Point[] = [stroke[0]!];
  for (const point of stroke.slice(1)) {
    const last = kept[kept.length - 1]!;
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) >= MIN_STEP) kept.push(point);
  }
  const end = stroke[stroke.length - 1]!;
  if (kept.length === 1 && stroke.length > 1 && kept[0] !== end) kept.push(end);
  return kept;
}

function thin(stroke: Point[]): Point[] {
  if (stroke.length <= MAX_POINTS_PER_STROKE) return stroke;
  const step = (stroke.length - 1) / (MAX_POINTS_PER_STROKE - 1);
  return Array.from({ length: MAX_POINTS_PER_STROKE }, (_, i) => stroke[Math.round(i * step)]!);
}

/** Douglas–Peucker: keeps the points that stand further than `tolerance` from the chord of their part. */
export function simplify(stroke: readonly Point[], tolerance: number): Point[] {
  if (stroke.length <= 2) return [...stroke];
  const a = stroke[0]!;
  const b = stroke[stroke.length - 1]!;
  const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
  let farthest = -1;
  let at = 0;
  for (let i = 1; i < stroke.length - 1; i++) {
    const p = stroke[i]!;
    const d =
      chord === 0
        ? Math.hypot(p[0] - a[0], p[1] - a[1])
        : Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / chord;
    if (d > farthest) {
      farthest = d;
      at = i;
    }
  }
  if (farthest <= tolerance) return [a, b];
  return [
    ...simplify(stroke.slice(0, at + 1), tolerance).slice(0, -1),
    ...simplify(stroke.slice(at), tolerance),
  ];
}
