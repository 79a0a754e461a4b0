import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { append, charCount, checkAppend, deleteLast } from './input-rules';
import type { KeyboardMode } from './keyboard-mode';

describe('input rules', () => {
  it('refuses letters in digits mode', () => {
    expect(append('digits', '138', 'a')).toEqual({ value: '138', rejected: 'not-allowed' });
    expect(append('digits', '138', 'X').rejected).toBe('not-allowed');
    expect(append('digits', '138', '0')).toEqual({ value: '1380', rejected: null });
  });

  it('respects maxLength', () => {
    expect(append('digits', '1234', '5', 4)).toEqual({ value: '1234', rejected: 'max-length' });
    expect(append('pinyin', '广州', '天河', 3).rejected).toBe('max-length');
    expect(append('pinyin', '广州', '天', 3).value).toBe('广州天');
  });

  it('counts a rare character outside the BMP as one', () => {
    expect(charCount('𠀀字')).toBe(2);
    expect(append('pinyin', '𠀀', '字', 2).rejected).toBeNull();
    expect(deleteLast('张𠀀')).toBe('张');
  });

  it('allows X in idNumber mode only as the 18th character', () => {
    const body17 = '44010619900101001';
    expect(append('idNumber', body17, 'X')).toEqual({ value: `${body17}X`, rejected: null });
    expect(append('idNumber', '4401', 'X').rejected).toBe('x-not-last');
    expect(append('idNumber', '', 'X').rejected).toBe('x-not-last');
    expect(append('idNumber', `${body17}X`, '1').rejected).toBe('max-length');
  });

  it('takes a lower-case x as the check character', () => {
    expect(append('idNumber', '44010619900101001', 'x').value).toBe('44010619900101001X');
  });

  it('caps idNumber at 18 even with a larger maxLength, and keeps X last under a smaller one', () => {
    expect(append('idNumber', '4'.repeat(18), '1', 30).rejected).toBe('max-length');
    expect(append('idNumber', '4'.repeat(14), 'X', 15).rejected).toBe('x-not-last');
  });

  it('takes letters and digits in alphanumeric mode, upper-cased, with single inner spaces', () => {
    expect(append('alphanumeric', 'H1234', 'a').value).toBe('H1234A');
    expect(append('alphanumeric', '', ' ').rejected).toBe('not-allowed');
    expect(append('alphanumeric', 'JOHN ', ' ').rejected).toBe('not-allowed');
    expect(append('alphanumeric', 'JOHN', ' ').value).toBe('JOHN ');
    expect(append('alphanumeric', 'A', '中').rejected).toBe('not-allowed');
  });

  it('takes 汉字, marks and digits in pinyin mode but no control characters', () => {
    expect(append('pinyin', '中山路', '88号').value).toBe('中山路88号');
    expect(append('pinyin', '买买提', '·').value).toBe('买买提·');
    expect(append('pinyin', '', '\n').rejected).toBe('not-allowed');
    expect(checkAppend('pinyin', '', '')).toBe('not-allowed');
  });

  it('deletes the last character and nothing from empty', () => {
    expect(deleteLast('广州')).toBe('广');
    expect(deleteLast('')).toBe('');
  });

  const mode = fc.constantFrom<KeyboardMode>('digits', 'idNumber', 'alphanumeric', 'pinyin');
  const key = fc.constantFrom('0', '5', '9', 'X', 'x', 'A', ' ', '中', '·', '\n');
  test.prop([mode, fc.array(key, { maxLength: 30 }), fc.integer({ min: 1, max: 20 })])(
    'typing never exceeds maxLength, and idNumber values keep X last',
    (m, keys, maxLength) => {
      let value = '';
      for (const k of keys) value = append(m, value, k, maxLength).value;
      expect(charCount(value)).toBeLessThanOrEqual(maxLength);
      if (m === 'digits') expect(value).toMatch(/^\d*$/);
      if (m === 'idNumber') expect(value).toMatch(/^\d{0,17}X?$/);
      if (m === 'idNumber' && value.includes('X')) expect(value).toHaveLength(18);
    },
  );
});
