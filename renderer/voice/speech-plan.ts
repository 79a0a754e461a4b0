import { MAX_SPOKEN_NUMBER, type PromptPiece } from './prompt-set';

/**
 * From a text on the screen to what is played. The text is cut into the prompt pieces it contains (longest
 * first, in the display language) and the stretches between them (names, numbers, codes). Pieces are the
 * same id in every locale, so a 繁體 screen is read from the Mandarin clips and an English screen can be heard
 * in 粤语. Between the pieces, a 受理编号 or any other code is read character by character, a small number whole,
 * and anything else (a name) goes to an OS voice when there is one, otherwise it is left out.
 */
export type SpeechToken = Readonly<{ kind: 'piece'; id: string } | { kind: 'literal'; text: string }>;
export type SpeechPart = Readonly<{ kind: 'clip'; id: string; clip: string } | { kind: 'os'; text: string }>;

export type PieceIndex = ReadonlyMap<string, readonly PromptPiece[]>;

/** Pieces by their first character, longest first, so the longest piece at a position wins. */
export function indexPieces(pieces: readonly PromptPiece[]): PieceIndex {
  const index = new Map<string, PromptPiece[]>();
  for (const piece of pieces) {
    const first = piece.text[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(piece);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
}

export function tokenize(text: string, index: PieceIndex): SpeechToken[] {
  const tokens: SpeechToken[] = [];
  let literal = '';
  const flush = () => {
    if (literal.trim() !== '') tokens.push({ kind: 'literal', text: literal.trim() });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const found = (index.get(text[i] as string) ?? []).find((p) => text.startsWith(p.text, i));
    if (found) {
      flush();
      tokens.push({ kind: 'piece', id: found.id });
      i += found.text.length;
    } else {
      literal += text[i];
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** A code (受理编号 2409150001, 证件号码 …X) or number, and the rest of a literal stretch. */
const CODE_OR_WORD = /[A-Za-z0-9]+|[^A-Za-z0-9]+/g;
const NOTHING_TO_SAY = /^[\s\p{P}\p{S}]*$/u;
/** Latin words of more than one letter are words, not codes, where the voice is English ("ID", "QR" stay codes). */
const CODE_LIKE = /^(?=.*\d)[A-Za-z0-9]+$|^[A-Z]{1,3}$/;

/** Clip ids for a stretch of letters and digits: a number up to MAX_SPOKEN_NUMBER whole, else one by one. */
export function codeClipIds(code: string): string[] {
  if (/^(0|[1-9]\d*)$/.test(code) && Number(code) <= MAX_SPOKEN_NUMBER) return [`num:${code}`];
  return [...code.toUpperCase()].map((c) => `char:${c}`);
}

/** The clips (and OS-voice stretches) for tokens, in one voice whose clips are `clips` (id → clip name). */
export function planSpeech(
  tokens: readonly SpeechToken[],
  clips: Readonly<Record<string, string>>,
  sourceText: (id: string) => string | undefined,
): SpeechPart[] {
  const parts: SpeechPart[] = [];
  const os = (text: string) => {
    if (NOTHING_TO_SAY.test(text)) return;
    const last = parts.at(-1);
    if (last?.kind === 'os') parts[parts.length - 1] = { kind: 'os', text: `${last.text} ${text}` };
    else parts.push({ kind: 'os', text });
  };
  const clip = (id: string, fallback: string) => {
    const name = clips[id];
    if (name) parts.push({ kind: 'clip', id, clip: name });
    else os(fallback);
  };
  for (const token of tokens) {
    if (token.kind === 'piece') {
      clip(token.id, sourceText(token.id) ?? '');
      continue;
    }
    for (const run of token.text.match(CODE_OR_WORD) ?? []) {
      if (CODE_LIKE.test(run)) for (const id of codeClipIds(run)) clip(id, run);
      else os(run);
    }
  }
  return parts;
}

/** The same tokens as one text in the voice's own language, for an OS voice that reads everything. */
export function osText(
  tokens: readonly SpeechToken[],
  sourceText: (id: string) => string | undefined,
): string {
  return tokens
    .map((t) => (t.kind === 'piece' ? (sourceText(t.id) ?? '') : t.text))
    .filter((s) => s !== '')
    .join(' ');
}

const PLACEHOLDERS = /\{\{\s*([^}]+?)\s*\}\}/g;

/**
 * A whole text that is one string with placeholders in the display language ("29 秒后将返回首页…"), said in the
 * voice's own language: the values are taken from the screen's text and put into the voice's string ("In 29
 * seconds the kiosk returns…"), whose words may go round the values in another order. Undefined when the text is
 * not one such string.
 */
/**
 * Chinese has one plural form, so a Chinese screen's `x_one` and `x_other` are the same text and the first
 * matches: the voice's own language picks its form from the count it read (English "1 item", "3 items").
 */
function pluralFor(id: string, count: string | undefined): string {
  if (count === undefined || !/_(one|other)$/.test(id)) return id;
  return id.replace(/_(one|other)$/, count === '1' ? '_one' : '_other');
}

export function translateTemplate(
  text: string,
  shown: ReadonlyMap<string, string>,
  spoken: ReadonlyMap<string, string>,
): string | undefined {
  const trimmed = text.trim();
  for (const [id, template] of shown) {
    const target = spoken.get(id);
    if (target === undefined) continue;
    const names: string[] = [];
    const pattern = template
      .split(PLACEHOLDERS)
      .map((part, i) =>
        i % 2 === 1 ? (names.push(part), '(.+?)') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    const match = new RegExp(`^${pattern}$`, 'su').exec(trimmed);
    if (!match) continue;
    const values = new Map(names.map((name, i) => [name, match[i + 1] ?? '']));
    const spokenForm = spoken.get(pluralFor(id, values.get('count'))) ?? target;
    return spokenForm.replace(PLACEHOLDERS, (_, name: string) => values.get(name) ?? '');
  }
  return undefined;
}
