/**
 * Puts Zinnia's readings of one drawing in the order a resident most likely meant. Three things, all measured
 * on a development set (scripts/handwriting/dev-accuracy.ts: other jitter seeds than the bench's), never on
 * bench/handwriting.bench.ts's own sample:
 * - The drawing as written is read twice, simplified at two tolerances (normalise-strokes.ts): a wobble the
 *   finer one keeps as a bend the coarser one drops, and the other way round for a real bend near the
 *   tolerance. A candidate's score is the sum of its scores in both readings (one missing from a reading
 *   counts just below that reading's last).
 * - A drawing that ends like 辶 or 廴 is also read with those strokes first, the order the model learned
 *   (stroke-orders.ts). A candidate of that reordered reading scores its doubled score (to match the sum of
 *   two) plus REORDERED_BONUS, and keeps the better of that and its as-written score.
 * - A prior for everyday characters: the 3,500 of 通用规范汉字表 level 1 get a bonus, so that among shapes Zinnia
 *   finds about as likely (冂 or 门, 巛 or 山) the common one comes first. A rarer character still comes
 *   first when Zinnia is clearly surer of it.
 */
import { GENERAL_STANDARD_LEVEL_1 } from './common-characters.data';
import type { ScoredCandidate } from './zinnia-recognizer';

/** In Zinnia's score units (its scores spread over about -2 … 3); 0.5 measured best, 1 and more no better. */
export const COMMON_CHARACTER_BONUS = 0.5;
/**
 * Added to a reordered reading's doubled score. Positive: for a drawing that ends like 辶, the reordered
 * reading is the more faithful one. Development set top-5: −1 → 90.0 %, 0 → 90.9 %, 1 → 91.3 %, 2 → 91.1 %.
 */
export const REORDERED_BONUS = 1;
/** How far below a reading's last candidate one it does not list is counted. */
const ABSENT_MARGIN = 0.1;

let common: ReadonlySet<string> | null = null;

export function isEverydayCharacter(char: string): boolean {
  common ??= new Set(GENERAL_STANDARD_LEVEL_1);
  return common.has(char);
}

export type Readings = Readonly<{
  /** The drawing in the order it was written, at the helper's simplification tolerances. */
  asWritten: ReadonlyArray<readonly ScoredCandidate[]>;
  /** The drawing with some strokes moved to the front (stroke-orders.ts); usually none. */
  reordered?: ReadonlyArray<readonly ScoredCandidate[]>;
}>;

/** Merges the readings of one drawing into one list, best first, each character once. */
export function rankCandidates({ asWritten, reordered = [] }: Readings): ScoredCandidate[] {
  const written = asWritten.map((reading) => bestScores(reading));
  const moved = reordered.map((reading) => bestScores(reading));
  const texts = new Set([...written, ...moved].flatMap((scores) => [...scores.keys()]));
  const ranked: ScoredCandidate[] = [];
  for (const text of texts) {
    let score = 0;
    for (const [i, scores] of written.entries()) score += scores.get(text) ?? floorOf(asWritten[i]!);
    for (const scores of moved) {
      const found = scores.get(text);
      if (found !== undefined) score = Math.max(score, asWritten.length * found + REORDERED_BONUS);
    }
    if (isEverydayCharacter(text)) score += COMMON_CHARACTER_BONUS * asWritten.length;
    ranked.push({ text, score });
  }
  // Ties keep the first reading's order (Array.prototype.sort is stable).
  return ranked.sort((a, b) => b.score - a.score);
}

/** A reading's best score per character (Zinnia's n-best can list one twice). */
function bestScores(reading: readonly ScoredCandidate[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { text, score } of reading) scores.set(text, Math.max(score, scores.get(text) ?? -Infinity));
  return scores;
}

function floorOf(reading: readonly ScoredCandidate[]): number {
  const last = reading.length > 0 ? Math.min(...reading.map((c) => c.score)) : 0;
  return last - ABSENT_MARGIN;
}
