import iconv from 'iconv-lite';

/**
 * Turns Unicode text into what a Chinese thermal printer can really print: printable ASCII as single bytes and
 * GB18030 *double-byte* characters from areas 1–5 (the only ones in common printers' fonts, devices.md §2.1).
 * Anything else (4-byte GB18030 such as Ext-B name characters like 𬌗, user-defined areas, private use,
 * control characters) becomes a visible replacement glyph and is reported, never sent as garbage bytes.
 */

/** One printed character: its bytes and the columns it occupies (1 for ASCII, 2 for double-byte). */
export type Cell = Readonly<{ char: string; bytes: Uint8Array; columns: 1 | 2 }>;

export type PrintableText = Readonly<{ cells: ReadonlyArray<Cell>; replaced: ReadonlyArray<string> }>;

/** Default replacement: '□' (GB18030 A1 F5), the same width as the CJK character it usually replaces. */
export const DEFAULT_REPLACEMENT = '□';

/** True for a GB18030 double-byte code in areas 1–5; false for the user-defined areas and anything else. */
export function isDoubleByteFontCode(lead: number, trail: number): boolean {
  const trailLow = trail >= 0x40 && trail <= 0xa0 && trail !== 0x7f;
  const trailHigh = trail >= 0xa1 && trail <= 0xfe;
  if (lead >= 0xa1 && lead <= 0xa9 && trailHigh) return true; // area 1: symbols
  if (lead >= 0xb0 && lead <= 0xf7 && trailHigh) return true; // area 2: GB2312 hanzi
  if (lead >= 0x81 && lead <= 0xa0 && (trailLow || trailHigh)) return true; // area 3: GBK hanzi
  if (lead >= 0xaa && lead <= 0xfe && trailLow) return true; // area 4: GBK hanzi
  if (lead >= 0xa8 && lead <= 0xa9 && trailLow) return true; // area 5: GBK symbols
  return false;
}

const cache = new Map<string, Cell | null>();

/** The printable cell for one code point, or null if the printer cannot print it. */
export function printableCell(char: string): Cell | null {
  const hit = cache.get(char);
  if (hit !== undefined) return hit;
  const cell = computeCell(char);
  if (cache.size < 20_000) cache.set(char, cell);
  return cell;
}

function computeCell(char: string): Cell | null {
  const cp = char.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp <= 0x7e) return { char, bytes: Uint8Array.of(cp), columns: 1 };
  // Control characters would be read as commands; surrogates and private use have no glyph.
  if (cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xe000 && cp <= 0xf8ff))
    return null;
  if (cp > 0xffff) return null; // always a 4-byte GB18030 sequence
  const encoded = iconv.encode(char, 'gb18030');
  if (encoded.length !== 2) return null;
  const lead = encoded[0] ?? 0;
  const trail = encoded[1] ?? 0;
  if (!isDoubleByteFontCode(lead, trail)) return null;
  return { char, bytes: Uint8Array.of(lead, trail), columns: 2 };
}

/**
 * Splits `text` into printable cells. '\t' becomes a space; line breaks must be handled by the caller.
 * `replaced` lists each unprintable character once, in order of first appearance.
 */
export function toPrintable(text: string, replacement: string = DEFAULT_REPLACEMENT): PrintableText {
  const substitute = printableCell(replacement);
  if (!substitute) throw new Error(`replacement ${JSON.stringify(replacement)} is not printable itself`);
  const cells: Cell[] = [];
  const replaced: string[] = [];
  for (const char of text) {
    const cell = printableCell(char === '\t' ? ' ' : char);
    if (cell) {
      cells.push(cell);
    } else {
      cells.push(substitute);
      if (!replaced.includes(char)) replaced.push(char);
    }
  }
  return { cells, replaced };
}

export function columnsOf(cells: ReadonlyArray<Cell>): number {
  let n = 0;
  for (const c of cells) n += c.columns;
  return n;
}

export function bytesOf(cells: ReadonlyArray<Cell>): Uint8Array {
  const out = new Uint8Array(cells.reduce((n, c) => n + c.bytes.length, 0));
  let at = 0;
  for (const c of cells) {
    out.set(c.bytes, at);
    at += c.bytes.length;
  }
  return out;
}
