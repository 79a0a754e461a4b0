/**
 * Splits typed pinyin letters into syllables. Residents type without separators ("guangzhou"), sometimes only
 * initials ("gz") and usually stop mid-syllable, so a segment is either a whole syllable ('full') or the start
 * of one ('partial'): an initial (g, zh) anywhere, or any unfinished syllable at the end. Ambiguous input
 * (xian = 先 or 西安) has several segmentations; the caller looks candidates up for each.
 */

export type Segment = { readonly text: string; readonly full: boolean };
export type Segmentation = readonly Segment[];

const INITIALS: ReadonlySet<string> = new Set([
  'b',
  'p',
  'm',
  'f',
  'd',
  't',
  'n',
  'l',
  'g',
  'k',
  'h',
  'j',
  'q',
  'x',
  'zh',
  'ch',
  'sh',
  'r',
  'z',
  'c',
  's',
  'y',
  'w',
]);

/** Longest pinyin syllable (zhuang, shuang, chuang). */
const MAX_SYLLABLE = 6;
/** Bounds the search on long or odd input ("aaaaaaaaaa" has thousands of splits). */
const MAX_STEPS = 4000;

export type SyllableSet = {
  readonly syllables: ReadonlySet<string>;
  /** Every proper prefix of a syllable, e.g. "zh", "zho", "zhon". */
  readonly prefixes: ReadonlySet<string>;
};

export function syllableSet(syllables: Iterable<string>): SyllableSet {
  const all = new Set(syllables);
  const prefixes = new Set<string>();
  for (const s of all) for (let i = 1; i < s.length; i++) prefixes.add(s.slice(0, i));
  return { syllables: all, prefixes };
}

/** Number of partial segments, then number of segments: fewer is a more likely reading. */
function rank(seg: Segmentation): number {
  return seg.filter((s) => !s.full).length * 100 + seg.length;
}

/**
 * Segmentations of `buffer` (lower-case a–z, "'" as an explicit separator), most likely first, at most `limit`.
 * Empty when the letters cannot be pinyin (e.g. "vvv").
 */
export function segmentations(buffer: string, set: SyllableSet, limit = 8): Segmentation[] {
  const found: Segmentation[] = [];
  let steps = 0;
  const walk = (at: number, acc: Segment[]): void => {
    if (steps++ > MAX_STEPS) return;
    if (at === buffer.length) {
      found.push([...acc]);
      return;
    }
    if (buffer[at] === "'") {
      walk(at + 1, acc);
      return;
    }
    const end = buffer.indexOf("'", at);
    const stop = Math.min(end === -1 ? buffer.length : end, at + MAX_SYLLABLE);
    // Longest syllables first, so the likely splits are found before the step limit.
    for (let j = stop; j > at; j--) {
      const text = buffer.slice(at, j);
      const isLast = j === buffer.length || buffer[j] === "'";
      const full = set.syllables.has(text);
      const partial = !full && (INITIALS.has(text) || (isLast && set.prefixes.has(text)));
      if (!full && !partial) continue;
      acc.push({ text, full });
      walk(j, acc);
      acc.pop();
    }
  };
  walk(0, []);
  return found
    .map((seg, order) => ({ seg, order }))
    .sort((a, b) => rank(a.seg) - rank(b.seg) || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.seg);
}

/** Letters of `buffer` covered by the first `count` segments, separators included. */
export function lettersCovered(buffer: string, seg: Segmentation, count: number): number {
  let at = 0;
  for (let i = 0; i < count; i++) {
    while (buffer[at] === "'") at++;
    at += seg[i]?.text.length ?? 0;
  }
  while (buffer[at] === "'") at++;
  return at;
}
