/**
 * UCS-2 little-endian text as stored on the card. Decoding keeps surrogate pairs (some rare characters may be
 * stored that way) and turns lone surrogates into U+FFFD so downstream code always gets well-formed strings.
 */

export function decodeUcs2le(bytes: Uint8Array): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i] ?? 0;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = units[i + 1] ?? 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += String.fromCharCode(u, next);
        i++;
        continue;
      }
      out += '\uFFFD';
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      out += '\uFFFD';
    } else {
      out += String.fromCharCode(u);
    }
  }
  return out;
}

/** Encodes `text` into exactly `length` bytes, padding with UCS-2 spaces; throws if it does not fit. */
export function encodeUcs2leField(text: string, length: number): Uint8Array {
  if (text.length * 2 > length)
    throw new RangeError(`"${text}" needs ${text.length * 2} bytes, slot has ${length}`);
  const out = new Uint8Array(length);
  for (let i = 0; i < length / 2; i++) {
    const u = i < text.length ? text.charCodeAt(i) : 0x20;
    out[i * 2] = u & 0xff;
    out[i * 2 + 1] = u >> 8;
  }
  return out;
}

/** Strips the space / NUL padding around a field. */
export function trimPadding(text: string): string {
  // NUL padding is seen from some readers; strip it along with spaces (incl. the ideographic space).
  let start = 0;
  let end = text.length;
  while (start < end && isPadding(text.charCodeAt(start))) start++;
  while (end > start && isPadding(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isPadding(unit: number): boolean {
  return unit === 0x00 || unit === 0x20 || unit === 0x3000 || unit === 0x09 || unit === 0x0a || unit === 0x0d;
}

export function hasPrivateUse(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return true;
  }
  return false;
}

/** CJK Extension A (BMP) or any supplementary-plane ideograph (Extensions B–I), excluding private use. */
export function hasRareCjk(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp < 0xf0000)) return true;
  }
  return false;
}
