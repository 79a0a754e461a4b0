/**
 * The Tegaki zh_CN model learned one sample per character, and in those samples 辶 (and 廴) are written
 * FIRST, while a resident writes them last (过 is 寸 then 辶, the standard order). Zinnia numbers its features
 * by stroke, so a standard-order 过 is not matched at all: it reads as 芝, 耳 or 式, while the same drawing
 * with its last three strokes moved to the front reads as 过 first. On the development set
 * (scripts/handwriting/dev-accuracy.ts) these 辶 characters are the largest family among the level-1
 * characters the top 5 missed.
 *
 * Moving strokes of every drawing around is no cure: a reordered reading of an ordinary character matches
 * other characters confidently, and merged in it lost more than it gained (top-5 down to 83–89 % on the
 * development set). So it is done only for a drawing that ends the way 辶 does: the last stroke runs from the
 * lower left along the bottom to the right (the 捺) and the stroke before it stays in the left column and
 * goes down (the ㇋). Such a drawing is also read with its last three strokes first (rank-candidates.ts
 * merges the readings). 廴 has two strokes, so for 建 or 延 one stroke too many moves and they gain little.
 */
import type { Point, Stroke } from './normalise-strokes';

/** 辶 has three strokes (丶 ㇋ ㇏). */
export const ENCLOSURE_STROKES = 3;

/** Shares of the ink's box (y down) that tell a 辶 ending; chosen on the development set. */
const LAST_STARTS_LEFT_OF = 0.4;
const LAST_STARTS_BELOW = 0.4;
const LAST_ENDS_RIGHT_OF = 0.7;
const LAST_ENDS_BELOW = 0.7;
const LAST_SPANS_AT_LEAST = 0.5;
const BEFORE_LAST_LEFT_OF = 0.4;
const BEFORE_LAST_TALLER_THAN = 0.3;

/** Whether the drawing ends in a stroke pair shaped like 辶's or 廴's (and has something before them). */
export function endsLikeEnclosure(drawing: readonly Stroke[]): boolean {
  const strokes = drawing.filter((s) => s.length > 0);
  if (strokes.length <= ENCLOSURE_STROKES) return false;
  const all = strokes.flat();
  const minX = Math.min(...all.map((p) => p[0]));
  const minY = Math.min(...all.map((p) => p[1]));
  const width = Math.max(...all.map((p) => p[0])) - minX;
  const height = Math.max(...all.map((p) => p[1])) - minY;
  if (width <= 0 || height <= 0) return false;
  const x = (share: number) => minX + share * width;
  const y = (share: number) => minY + share * height;
  const last = strokes[strokes.length - 1]!;
  const start: Point = last[0]!;
  const end: Point = last[last.length - 1]!;
  const lastXs = last.map((p) => p[0]);
  const beforeLast = strokes[strokes.length - 2]!;
  const beforeYs = beforeLast.map((p) => p[1]);
  return (
    start[0] <= x(LAST_STARTS_LEFT_OF) &&
    start[1] >= y(LAST_STARTS_BELOW) &&
    end[0] >= x(LAST_ENDS_RIGHT_OF) &&
    end[1] >= y(LAST_ENDS_BELOW) &&
    Math.max(...lastXs) - Math.min(...lastXs) >= LAST_SPANS_AT_LEAST * width &&
    Math.max(...beforeLast.map((p) => p[0])) <= x(BEFORE_LAST_LEFT_OF) &&
    Math.max(...beforeYs) - Math.min(...beforeYs) >= BEFORE_LAST_TALLER_THAN * height
  );
}

/** The same strokes with the last `count` moved, in their order, to the front. */
export function lastStrokesFirst(strokes: readonly Stroke[], count: number): Stroke[] {
  if (count <= 0 || count >= strokes.length) return [...strokes];
  return [...strokes.slice(-count), ...strokes.slice(0, -count)];
}
