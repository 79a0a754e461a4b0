import { describe, expect, it } from 'vitest';
import { hasUndrawableCharacters } from './rare-characters';

describe('hasUndrawableCharacters', () => {
  it('finds the private-use characters of a card name, in the BMP and the supplementary planes', () => {
    expect(hasUndrawableCharacters('叶\uE4A6婷')).toBe(true);
    expect(hasUndrawableCharacters('王\u{F0001}')).toBe(true);
  });
  it('leaves Han characters alone, Ext-B..G included (the rare-character font draws them)', () => {
    expect(hasUndrawableCharacters('陈建国')).toBe(false);
    expect(hasUndrawableCharacters('李\u{2A6A5}\u{30000}')).toBe(false);
  });
});
