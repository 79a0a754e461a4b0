/**
 * Which characters each keyboard mode lets into the field value. The keyboard only ever appends or removes at the
 * end (there is no caret on the kiosk), so every rule looks at the value and the text to append.
 */
import type { KeyboardMode, KeyRejection } from './keyboard-mode';

/** 18: 居民身份证, 港澳台居民居住证 and the 2023 外国人永久居留身份证 share the GB 11643 length. */
export const ID_NUMBER_LENGTH = 18;

export type EditResult = { readonly value: string; readonly rejected: KeyRejection | null };

/** Length in characters as a resident counts them (a rare 汉字 outside the BMP is one). */
export function charCount(text: string): number {
  return [...text].length;
}

const ALLOWED: Readonly<Record<KeyboardMode, RegExp>> = {
  digits: /^[0-9]+$/,
  idNumber: /^[0-9X]+$/,
  alphanumeric: /^[A-Z0-9 ]+$/,
  // /dev/ttyUSB0, tcp://192.168.1.50:9100, https://…, a paasToken, a hex key, a camera's label.
  technical: /^[\x20-\x7e]+$/,
  // Anything printable: 汉字, Latin letters, digits, punctuation; no control characters or line breaks.
  pinyin: /^[^\p{Cc}\p{Cs}\u2028\u2029]+$/u,
};

/** Upper-cases where the mode only has capitals (a lower-case x from a scanner or a test is still the check digit). */
function normalise(mode: KeyboardMode, text: string): string {
  return mode === 'idNumber' || mode === 'alphanumeric' ? text.toUpperCase() : text;
}

/** Why appending `text` to `value` is refused in `mode`, or null when it is allowed. */
export function checkAppend(
  mode: KeyboardMode,
  value: string,
  text: string,
  maxLength?: number,
): KeyRejection | null {
  const add = normalise(mode, text);
  if (add === '' || !ALLOWED[mode].test(add)) return 'not-allowed';
  const limit = mode === 'idNumber' ? Math.min(maxLength ?? ID_NUMBER_LENGTH, ID_NUMBER_LENGTH) : maxLength;
  if (limit !== undefined && charCount(value) + charCount(add) > limit) return 'max-length';
  if (mode === 'idNumber') {
    // X is the MOD 11-2 check character: only the 18th character, so nothing follows it either.
    const xAt = (value + add).indexOf('X');
    if (xAt !== -1 && xAt !== ID_NUMBER_LENGTH - 1) return 'x-not-last';
  }
  if (mode === 'alphanumeric' && add.includes(' ')) {
    // Spaces only separate words (Latin names): none leading, none doubled.
    if (/(^| ) /.test(value + add)) return 'not-allowed';
  }
  return null;
}

export function append(mode: KeyboardMode, value: string, text: string, maxLength?: number): EditResult {
  const rejected = checkAppend(mode, value, text, maxLength);
  return rejected ? { value, rejected } : { value: value + normalise(mode, text), rejected: null };
}

/** Removes the last character (a whole code point, so a rare 汉字 is not split in half). */
export function deleteLast(value: string): string {
  const chars = [...value];
  chars.pop();
  return chars.join('');
}
