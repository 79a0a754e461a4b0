import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { columnsOf, toPrintable } from './printable-text';
import { wrapCells } from './text-wrap';

const wrap = (text: string, max: number): string[] =>
  wrapCells(toPrintable(text).cells, max).map((line) => line.map((c) => c.char).join(''));

describe('wrapCells', () => {
  it('keeps ASCII words whole and breaks CJK anywhere', () => {
    expect(wrap('hello world foo', 11)).toEqual(['hello world', 'foo']);
    expect(wrap('一二三四五六', 8)).toEqual(['一二三四', '五六']);
  });

  it('splits a word longer than a line', () => {
    expect(wrap('ab ZZ2024050100012345', 8)).toEqual(['ab ZZ202', '40501000', '12345']);
  });

  it('never starts a line with closing punctuation: the previous character moves down with it', () => {
    expect(wrap('一二三四，五', 8)).toEqual(['一二三', '四，五']);
  });

  it('keeps leading indentation on the first line only', () => {
    expect(wrap('  一二三四五', 8)).toEqual(['  一二三', '四五']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrap('', 10)).toEqual(['']);
  });

  const charArb = fc.constantFrom(...Array.from('ab Z9 -医保参保登记，。：（）'));
  test.prop([fc.array(charArb, { maxLength: 80 }), fc.integer({ min: 2, max: 48 })])(
    'no line is wider than the limit and no character except break spaces is lost',
    (chars, max) => {
      const text = chars.join('');
      const lines = wrapCells(toPrintable(text).cells, max);
      for (const line of lines) expect(columnsOf(line)).toBeLessThanOrEqual(max);
      const kept = lines.map((l) => l.map((c) => c.char).join('')).join('');
      expect(kept.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    },
  );
});

describe('wrapCells with a hanging indent', () => {
  it('uses the narrower width after the first line', () => {
    expect(wrap2('1. 一二三四五六七八', 10, 7)).toEqual(['1. 一二三', '四五六', '七八']);
  });
});

function wrap2(text: string, first: number, next: number): string[] {
  return wrapCells(toPrintable(text).cells, first, next).map((line) => line.map((c) => c.char).join(''));
}
