import { describe, expect, it } from 'vitest';
import { regionFullNameIn, translateRegionName } from './region-names';
import { REGION_NAME_ROWS } from './region-names.data';

describe('region names in the resident’s language', () => {
  it('keeps simplified Chinese as it is', () => {
    expect(regionFullNameIn('440981', 'zh-CN')).toBe('广东省茂名市高州市');
  });
  it('converts to 繁體 characters', () => {
    expect(regionFullNameIn('440106', 'zh-TW')).toBe('廣東省廣州市天河區');
    expect(translateRegionName('连南瑶族自治县', 'zh-TW')).toBe('連南瑤族自治縣');
  });
  it('gives English from the smallest place to the largest, with the kind of division', () => {
    expect(regionFullNameIn('440981', 'en')).toBe('Gaozhou, Maoming, Guangdong');
    expect(regionFullNameIn('440106', 'en')).toBe('Tianhe District, Guangzhou, Guangdong');
    expect(translateRegionName('重庆市', 'en')).toBe('Chongqing');
    expect(translateRegionName('西安市', 'en')).toBe("Xi'an");
    expect(translateRegionName('清新区', 'en')).toBe('Qingxin District');
    expect(translateRegionName('浦东新区', 'en')).toBe('Pudong New Area');
  });
  it('names the provincial level as English does, and the peoples of an autonomous division', () => {
    expect(translateRegionName('广西壮族自治区', 'en')).toBe('Guangxi');
    expect(translateRegionName('内蒙古自治区', 'en')).toBe('Inner Mongolia');
    expect(translateRegionName('陕西省', 'en')).toBe('Shaanxi');
    expect(translateRegionName('山西省', 'en')).toBe('Shanxi');
    expect(translateRegionName('连南瑶族自治县', 'en')).toBe('Liannan Yao Autonomous County');
    expect(translateRegionName('德宏傣族景颇族自治州', 'en')).toBe(
      'Dehong Dai and Jingpo Autonomous Prefecture',
    );
  });
  it('reads 都 and 蚌 as place names do, and uses the official names of the western cities', () => {
    expect(translateRegionName('花都区', 'en')).toBe('Huadu District');
    expect(translateRegionName('蚌埠市', 'en')).toBe('Bengbu');
    expect(translateRegionName('乐清市', 'en')).toBe('Yueqing');
    expect(translateRegionName('乌鲁木齐市', 'en')).toBe('Urumqi');
    expect(translateRegionName('喀什地区', 'en')).toBe('Kashgar Prefecture');
  });
  it('every English name is capitalised, single-spaced and in Latin letters', () => {
    const english = REGION_NAME_ROWS.trim()
      .split('\n')
      .map((row) => row.split('|')[1] ?? '');
    expect(
      english.filter((name) => !/^[A-Z][a-zü']*(-[a-z]+)?(,? [A-Za-z][a-zü']*(-[a-z]+)?)*$/.test(name)),
    ).toEqual([]);
  });
  it('falls back to the given name for one it does not know', () => {
    expect(translateRegionName('某某镇', 'en')).toBe('某某镇');
    expect(regionFullNameIn('999999', 'en')).toBe('');
  });
});
