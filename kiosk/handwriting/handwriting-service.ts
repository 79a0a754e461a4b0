/**
 * 手写 on the Node side: a drawing from the renderer (already checked against HANDWRITING_LIMITS) is put into
 * the recognizer's frame, recognized by Zinnia, and its candidates returned in the language's script.
 */
import { KioskApiError } from '../../api/result';
import type { Language } from '../../api/languages';
import { FILL, normaliseStrokes, SIMPLIFY_TOLERANCE, type Stroke } from './normalise-strokes';
import { rankCandidates } from './rank-candidates';
import { toScript } from './script-conversion';
import { ENCLOSURE_STROKES, endsLikeEnclosure, lastStrokesFirst } from './stroke-orders';
import { RecognizerUnavailable, type ScoredCandidate } from './zinnia-recognizer';

export type Recognizer = Readonly<{
  available: boolean;
  recognize(strokes: readonly Stroke[], limit: number): Promise<ScoredCandidate[]>;
}>;

/** The helper's simplification tolerances: the default and a coarser one (measured, rank-candidates.ts). */
const READING_TOLERANCES = [SIMPLIFY_TOLERANCE, 80] as const;
/** Enough for the prior to lift a common character from deep in a reading (about rank 20 at most). */
const CANDIDATES_PER_READING = 30;

export class HandwritingService {
  constructor(private readonly recognizer: Recognizer) {}

  status(): { available: boolean } {
    return { available: this.recognizer.available };
  }

  async recognize(
    strokes: readonly Stroke[],
    language: Language,
    limit: number,
  ): Promise<{ candidates: { text: string; simplified: string }[] }> {
    if (!this.recognizer.available) throw new KioskApiError('unavailable', 'handwriting is not installed');
    try {
      // Two readings at two simplifications, and for a drawing ending like 辶/廴 one more with those strokes
      // first (stroke-orders.ts), merged with an everyday-character prior (rank-candidates.ts). Sent
      // together: the helper answers them in turn, without a round trip between them.
      const read = (drawing: readonly Stroke[], tolerance: number) =>
        this.recognizer.recognize(
          normaliseStrokes(drawing, { fill: FILL, tolerance }),
          Math.max(CANDIDATES_PER_READING, limit + 5),
        );
      const reorder = endsLikeEnclosure(strokes);
      const [asWritten, reordered] = await Promise.all([
        Promise.all(READING_TOLERANCES.map((tolerance) => read(strokes, tolerance))),
        reorder
          ? Promise.all([read(lastStrokesFirst(strokes, ENCLOSURE_STROKES), SIMPLIFY_TOLERANCE)])
          : Promise.resolve([]),
      ]);
      const scored = rankCandidates({ asWritten, reordered });
      const seen = new Set<string>();
      const candidates: { text: string; simplified: string }[] = [];
      for (const { text: simplified } of scored) {
        const text = toScript([simplified], language)[0] ?? simplified;
        if (seen.has(text) || candidates.length >= limit) continue;
        seen.add(text);
        candidates.push({ text, simplified });
      }
      return { candidates };
    } catch (error) {
      if (error instanceof RecognizerUnavailable) throw new KioskApiError('unavailable', error.message);
      throw error;
    }
  }

  convert(texts: readonly string[], language: Language): { texts: string[] } {
    // Not deduplicated: the renderer pairs each converted text with the one it sent.
    return { texts: language === 'zh-TW' ? texts.map((t) => toScript([t], language)[0] ?? t) : [...texts] };
  }
}
