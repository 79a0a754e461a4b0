import { describe, expect, it } from 'vitest';
import { preferUnitsAfterNumber } from './after-number';

const list = ['好', '号', '豪', '浩'].map((text) => ({ text, consumed: 3 }));

describe('units after a number', () => {
  it('moves 号 first when the field ends in a digit', () => {
    expect(preferUnitsAfterNumber(list, '中山路88').map((c) => c.text)).toEqual(['号', '好', '豪', '浩']);
  });

  it('leaves the order alone otherwise', () => {
    expect(preferUnitsAfterNumber(list, '中山路')).toBe(list);
    expect(preferUnitsAfterNumber(list, '')).toBe(list);
  });
});
