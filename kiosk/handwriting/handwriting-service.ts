/**
 * 手写 on the Node side: a drawing from the renderer (already checked against HANDWRITING_LIMITS) is put into
 * the recognizer's frame, recognized by Zinnia, and its candidates returned in the language's script.
 */
import { KioskApiError } from '../../api/result';
import type { Language } from '../../api/languages';
import { normaliseStrokes, type Stroke } from './normalise-strokes';
import { toScript } from './script-conversion';
import { RecognizerUnavailable, type ScoredCandidate } from './zinnia-recognizer';

export type Recognizer = Readonly<{
  available: boolean;
  recognize(strokes: readonly Stroke[], limit: number): Promise<ScoredCandidate[]>;
}>;

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
      // Zinnia's n-best can repeat a character; asking a few more keeps `limit` after conversion and dedup.
      const scored = await this.recognizer.recognize(normaliseStrokes(strokes), limit + 5);
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
