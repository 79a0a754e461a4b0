/**
 * Pinyin → 汉字 candidates from the generated table (pinyin-table.data.ts), fully offline: the kiosk never relies
 * on the OS input method (engineering.md §1.4). Candidates covering all typed letters come first (广州 for
 * "guangzhou", "gz" or "guangz"), then words for the leading syllables (广, 光 …) so a resident can build
 * a phrase piece by piece. Groups of the table are parsed on first use.
 */
import {
  lettersCovered,
  segmentations,
  syllableSet,
  type Segment,
  type Segmentation,
  type SyllableSet,
} from './pinyin-segment';

export type PinyinCandidate = {
  readonly text: string;
  /** How many characters at the start of the pinyin buffer this candidate replaces. */
  readonly consumed: number;
};

export type PinyinDictionary = {
  readonly syllables: SyllableSet;
  /** Candidates for the buffer, best first, at most `limit`; empty for an empty or non-pinyin buffer. */
  lookup(buffer: string, limit?: number): readonly PinyinCandidate[];
};

type Word = { readonly text: string; readonly score: number };
/** Entries of one first syllable, bucketed by how many more syllables they have. */
type Group = ReadonlyMap<
  number,
  readonly { readonly rest: readonly string[]; readonly words: readonly Word[] }[]
>;

const DEFAULT_LIMIT = 600;

function parseGroup(source: string): Group {
  const byLength = new Map<number, { rest: string[]; words: Word[] }[]>();
  for (const entry of source.split('|')) {
    const colon = entry.indexOf(':');
    const rest = colon === 0 ? [] : entry.slice(0, colon).split("'");
    const words: Word[] = [];
    for (const item of entry.slice(colon + 1).split(' ')) {
      const match = /^(\D+)(\d+)$/.exec(item);
      if (match) words.push({ text: match[1]!, score: Number(match[2]) });
    }
    const list = byLength.get(rest.length) ?? [];
    list.push({ rest, words });
    byLength.set(rest.length, list);
  }
  return byLength;
}

function partialCount(seg: Segmentation): number {
  return seg.filter((s) => !s.full).length;
}

function matches(segment: Segment, syllable: string): boolean {
  return segment.full ? syllable === segment.text : syllable.startsWith(segment.text);
}

export function createPinyinDictionary(table: Readonly<Record<string, string>>): PinyinDictionary {
  const syllables = syllableSet(Object.keys(table));
  const groups = new Map<string, Group>();
  const group = (first: string): Group | undefined => {
    let parsed = groups.get(first);
    if (!parsed && table[first] !== undefined) {
      parsed = parseGroup(table[first]);
      groups.set(first, parsed);
    }
    return parsed;
  };
  const firstSyllables = (segment: Segment): string[] =>
    segment.full ? [segment.text] : [...syllables.syllables].filter((s) => s.startsWith(segment.text));

  /** Words whose syllables match the first `count` segments exactly in number. */
  const wordsFor = (seg: Segmentation, count: number): Word[] => {
    const head = seg[0];
    if (!head) return [];
    const out: Word[] = [];
    for (const first of firstSyllables(head)) {
      for (const entry of group(first)?.get(count - 1) ?? []) {
        if (entry.rest.every((syllable, i) => matches(seg[i + 1]!, syllable))) out.push(...entry.words);
      }
    }
    // Stable: equal scores keep the table's order (corpus frequency before quantisation).
    return out.sort((a, b) => b.score - a.score);
  };

  // The keyboard asks again for the same buffer on every render and key press.
  let last: { buffer: string; limit: number; result: readonly PinyinCandidate[] } | null = null;

  const lookup = (buffer: string, limit = DEFAULT_LIMIT): readonly PinyinCandidate[] => {
    if (last && last.buffer === buffer && last.limit === limit) return last.result;
    const splits = segmentations(buffer, syllables);
    const out: PinyinCandidate[] = [];
    const seen = new Set<string>();
    const push = (words: Word[], consumed: number): void => {
      for (const w of words) {
        if (out.length >= limit) return;
        if (seen.has(w.text)) continue;
        seen.add(w.text);
        out.push({ text: w.text, consumed });
      }
    };
    // 1. Whole buffer, every equally likely reading (xian: 先 现 … and 西安), merged by frequency. Readings with
    //    more abbreviated syllables are left out: "yan" means 言/眼, not y… + an (议案).
    const fewestPartial = Math.min(...splits.map(partialCount));
    const whole = splits
      .filter((seg) => partialCount(seg) === fewestPartial)
      .flatMap((seg) => wordsFor(seg, seg.length))
      .sort((a, b) => b.score - a.score);
    push(whole, buffer.length);
    // 2. Leading syllables of the most likely reading, longest first.
    const best = splits[0];
    if (best) {
      for (let count = best.length - 1; count >= 1; count--)
        push(wordsFor(best, count), lettersCovered(buffer, best, count));
    }
    last = { buffer, limit, result: out };
    return out;
  };

  return { syllables, lookup };
}
