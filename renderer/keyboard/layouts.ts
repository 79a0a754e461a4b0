/**
 * Key rows per mode, as data. Digit pads follow the telephone layout residents know (1 at top left); letter
 * layouts are QWERTY like every phone keyboard. `grow` is the key's share of its row's width.
 */
import type { KeyboardMode } from './keyboard-mode';

export type KeyAction = 'backspace' | 'clear' | 'space' | 'done' | 'toggle-latin';

export type KeySpec =
  | { readonly kind: 'char'; readonly char: string; readonly grow?: number }
  | { readonly kind: 'action'; readonly action: KeyAction; readonly grow?: number };

export type Layout = readonly (readonly KeySpec[])[];

const chars = (text: string): KeySpec[] => [...text].map((char) => ({ kind: 'char', char }));
const key = (action: KeyAction, grow = 1): KeySpec => ({ kind: 'action', action, grow });

const DIGIT_ROWS = ['123', '456', '789'].map(chars);
const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const DIGITS: Layout = [...DIGIT_ROWS, [key('clear'), ...chars('0'), key('backspace')], [key('done')]];

const ID_NUMBER: Layout = [...DIGIT_ROWS, [...chars('X0'), key('backspace')], [key('clear'), key('done', 2)]];

const ALPHANUMERIC: Layout = [
  chars('1234567890'),
  chars(QWERTY[0]!.toUpperCase()),
  chars(QWERTY[1]!.toUpperCase()),
  [...chars(QWERTY[2]!.toUpperCase()), key('backspace', 2)],
  [key('clear', 2), key('space', 4), key('done', 3)],
];

/**
 * Admin mode's technical text: device paths, hosts, URLs, tokens. The 中/英 key's place switches case, and the
 * marks those need are on the letter rows.
 */
function technicalLayout(upper: boolean): Layout {
  const letters = QWERTY.map((row) => chars(upper ? row.toUpperCase() : row));
  return [
    chars('1234567890'),
    [...letters[0]!, ...chars('/')],
    [...letters[1]!, ...chars(':.')],
    [...letters[2]!, ...chars('-_@'), key('backspace', 2)],
    [key('toggle-latin', 2), ...chars('#?=&+~'), key('clear', 2), key('space', 2), key('done', 3)],
  ];
}

/** `·` separates parts of minority and foreign names (买买提·艾力); - and # appear in house numbers. */
function pinyinLayout(latin: boolean): Layout {
  const letters = QWERTY.map((row) => chars(latin ? row.toUpperCase() : row));
  return [
    chars('1234567890'),
    letters[0]!,
    [...letters[1]!, ...chars('-')],
    [...letters[2]!, ...chars('·#'), key('backspace', 2)],
    [key('toggle-latin', 2), key('clear', 2), key('space', 4), key('done', 3)],
  ];
}

export function layoutFor(mode: KeyboardMode, latin: boolean): Layout {
  switch (mode) {
    case 'digits':
      return DIGITS;
    case 'idNumber':
      return ID_NUMBER;
    case 'alphanumeric':
      return ALPHANUMERIC;
    case 'pinyin':
      return pinyinLayout(latin);
    case 'technical':
      return technicalLayout(latin);
  }
}
