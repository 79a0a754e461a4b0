/**
 * Puts Zinnia's readings of one drawing in the order a resident most likely meant. Two things, both measured
 * with bench/handwriting.bench.ts:
 * - The drawing is read twice, simplified at two tolerances (normalise-strokes.ts): a wobble the finer one
 *   keeps as a bend the coarser one drops, and the other way round for a real bend near the tolerance. A
 *   candidate's score is the sum of its scores in both readings (one missing from a reading counts just below
 *   that reading's last).
 * - A prior for everyday characters: the 3,500 of 通用规范汉字表 level 1 get a bonus, so that among shapes Zinnia
 *   finds about as likely (冂 or 门, 巛 or 山) the common one comes first. A rarer character still comes
 *   first when Zinnia is clearly surer of it.
 */
import { GENERAL_STANDARD_LEVEL_1 } from './common-characters.data';
import type { ScoredCandidate } from './zinnia-recognizer';

/** In Zinnia's score units (its scores spread over about -2 … 3); 0.5 measured best, 1 and more no better. */
export const COMMON_CHARACTER_BONUS = 0.5;
/** How far below a reading's last candidate one it does not list is counted. */
const ABSENT_MARGIN = 0.1;

let common: ReadonlySet<string> | null = null;

export function isEverydayCharacter(char: string): boolean {
  common ??= new Set(GENERAL_STANDARD_LEVEL_1);
  return common.has(char);
}

/** Merges the readings of one drawing into one list, best first, each character once. */
export function rankCandidates(readings: ReadonlyArray<readonly ScoredCandidate[]>): ScoredCandidate[] {
  const best = readings.map((reading) => bestScores(reading));
  const texts = new Set(best.flatMap((scores) => [...scores.keys()]));
  const ranked: ScoredCandidate[] = [];
  for (const text of texts) {
    let score = isEverydayCharacter(text) ? COMMON_CHARACTER_BONUS * readings.length : 0;
    for (const [i, scores] of best.entries()) score += scores.get(text) ?? floorOf(readings[i]!);
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
