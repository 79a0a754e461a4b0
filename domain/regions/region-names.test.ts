import { describe, expect, it } from 'vitest';
import { regionFullNameIn, translateRegionName } from './region-names';

describe('region names in the resident’s language', () => {
  it('keeps simplified Chinese as it is', () => {
    expect(regionFullNameIn('440981', 'zh-CN')).toBe('广东省茂名市高州市');
  });
  it('converts to 繁體 characters', () => {
    expect(regionFullNameIn('440106', 'zh-TW')).toBe('廣東省廣州市天河區');
    expect(translateRegionName('连南瑶族自治县', 'zh-TW')).toBe('連南瑤族自治縣');
  });
  it('gives English from the smallest place to the largest, with the kind of division', () => {
    expect(regionFullNameIn('440981', 'en')).toBe('Gaozhou, Maoming, Guangdong Province');
    expect(regionFullNameIn('440106', 'en')).toBe('Tianhe District, Guangzhou, Guangdong Province');
    expect(translateRegionName('重庆市', 'en')).toBe('Chongqing');
    expect(translateRegionName('西安市', 'en')).toBe("Xi'an");
    expect(translateRegionName('广西壮族自治区', 'en')).toBe('Guangxi Zhuang Autonomous Region');
  });
  it('falls back to the given name for one it does not know', () => {
    expect(translateRegionName('某某镇', 'en')).toBe('某某镇');
    expect(regionFullNameIn('999999', 'en')).toBe('');
  });
});
