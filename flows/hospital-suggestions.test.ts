import { describe, expect, it } from 'vitest';
import { hospitalSuggestions } from './hospital-suggestions';

describe('hospitalSuggestions (转往医疗机构 from the 转往就医地)', () => {
  it('offers the city’s common hospitals, then the province’s 人民医院', () => {
    expect(hospitalSuggestions('430104').map((s) => s.text)).toEqual([
      '长沙市人民医院',
      '长沙市第一人民医院',
      '长沙市中心医院',
      '长沙市中医医院',
      '湖南省人民医院',
    ]);
  });

  it('names a 直辖市’s hospitals by the 直辖市, with no province to add', () => {
    const texts = hospitalSuggestions('110105').map((s) => s.text);
    expect(texts[0]).toBe('北京市人民医院');
    expect(texts).toHaveLength(4);
  });

  it('uses a 省直辖县级市 as the city', () => {
    expect(hospitalSuggestions('429004')[0]?.text).toBe('仙桃市人民医院');
  });

  it('offers nothing for 港澳台, an unknown code or no choice yet', () => {
    expect(hospitalSuggestions('810000')).toEqual([]);
    expect(hospitalSuggestions('999999')).toEqual([]);
    expect(hospitalSuggestions('')).toEqual([]);
  });

  it('keys every suggestion uniquely (they become test ids and React keys)', () => {
    const keys = hospitalSuggestions('430104').map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
