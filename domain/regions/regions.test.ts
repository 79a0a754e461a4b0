import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  findRegion,
  isCounty,
  isSelectable,
  listChildren,
  listProvinces,
  regionFullName,
  regionName,
  regionPath,
  type Region,
} from './regions';
import { REGION_ROWS } from './regions.data';

/** Every region reachable through the cascade, depth first. */
function walk(options = { includeHkMoTw: true }): Region[] {
  const out: Region[] = [];
  const visit = (r: Region): void => {
    out.push(r);
    for (const child of listChildren(r.code)) visit(child);
  };
  listProvinces(options).forEach(visit);
  return out;
}

describe('regions', () => {
  it('resolves 440106 to 广东省/广州市/天河区', () => {
    expect(regionPath('440106')).toEqual(['广东省', '广州市', '天河区']);
    expect(regionFullName('440106')).toBe('广东省广州市天河区');
    expect(regionName('440106')).toBe('天河区');
    expect(isCounty('440106')).toBe(true);
  });

  it('lists the 21 prefecture-level cities of Guangdong', () => {
    const cities = listChildren('440000');
    expect(cities).toHaveLength(21);
    expect(cities.map((c) => c.name)).toContain('广州市');
    expect(cities.every((c) => c.level === 'city')).toBe(true);
  });

  it('lists the 11 districts of Guangzhou', () => {
    const districts = listChildren('440100').map((r) => r.name);
    expect(districts).toHaveLength(11);
    expect(districts).toContain('天河区');
  });

  it.each([
    ['441900', ['广东省', '东莞市']],
    ['442000', ['广东省', '中山市']],
    ['460400', ['海南省', '儋州市']],
    ['620200', ['甘肃省', '嘉峪关市']],
  ])('ends the cascade at %s, a city without counties', (code, path) => {
    const region = findRegion(code);
    expect(region?.leaf).toBe(true);
    expect(listChildren(code)).toEqual([]);
    expect(isCounty(code)).toBe(true);
    expect(isSelectable(code)).toBe(true);
    expect(regionPath(code)).toEqual(path);
    expect(listChildren(`${code.slice(0, 2)}0000`).map((r) => r.code)).toContain(code);
  });

  it('skips the 市辖区 level of 直辖市', () => {
    for (const code of ['110000', '120000', '310000', '500000']) {
      const children = listChildren(code);
      expect(children.length).toBeGreaterThan(5);
      expect(children.every((r) => r.leaf && r.level === 'county')).toBe(true);
      expect(children.map((r) => r.name)).not.toContain('市辖区');
    }
    expect(regionPath('110101')).toEqual(['北京市', '东城区']);
    // 重庆 has both 区 (5001xx) and 县 (5002xx) directly under the municipality.
    const chongqing = listChildren('500000').map((r) => r.code);
    expect(chongqing).toContain('500103');
    expect(chongqing).toContain('500229');
    // The filler row is still known by code, but describes itself by the municipality.
    expect(regionName('110100')).toBe('市辖区');
    expect(regionPath('110100')).toEqual(['北京市']);
    expect(isSelectable('110100')).toBe(false);
  });

  it('lists 省直辖县级行政区划 under the province directly', () => {
    const hubei = listChildren('420000');
    expect(hubei.map((r) => r.name)).toContain('仙桃市');
    expect(hubei.map((r) => r.name)).not.toContain('省直辖县级行政区划');
    expect(regionPath('429004')).toEqual(['湖北省', '仙桃市']);
    expect(isCounty('429004')).toBe(true);
  });

  it('offers 港澳台 only on request', () => {
    const plain = listProvinces().map((r) => r.code);
    expect(plain).toHaveLength(31);
    expect(plain).not.toContain('810000');
    const all = listProvinces({ includeHkMoTw: true });
    expect(all.map((r) => r.code)).toEqual(expect.arrayContaining(['810000', '820000', '710000']));
    expect(all.filter((r) => r.leaf).map((r) => r.name)).toEqual([
      '香港特别行政区',
      '澳门特别行政区',
      '台湾省',
    ]);
    expect(isSelectable('810000')).toBe(false);
    expect(isSelectable('810000', { includeHkMoTw: true })).toBe(true);
    expect(isCounty('810000')).toBe(false);
  });

  it('resolves the 居住证 address codes 810000/820000/830000', () => {
    expect(regionName('810000')).toBe('香港特别行政区');
    expect(regionName('820000')).toBe('澳门特别行政区');
    expect(regionName('830000')).toBe('台湾省');
    expect(regionPath('830000')).toEqual(['台湾省']);
    expect(isSelectable('830000', { includeHkMoTw: true })).toBe(true);
  });

  it('has 6-digit unique codes and leaves exactly where the cascade ends', () => {
    const all = walk();
    const codes = all.map((r) => r.code);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of all) expect(r.leaf).toBe(listChildren(r.code).length === 0);
    // Every mainland leaf is a county (or county stand-in) whose path has 2 or 3 steps.
    for (const r of all.filter((x) => x.leaf && !['810000', '820000', '710000'].includes(x.code))) {
      expect(isCounty(r.code)).toBe(true);
      expect([2, 3]).toContain(regionPath(r.code).length);
    }
  });

  it('has unique codes in the generated rows and no statistical zones', () => {
    const codes = REGION_ROWS.trim()
      .split('\n')
      .map((l) => l.slice(0, 6));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c[4] === '7' && !c.endsWith('00'))).toEqual([]);
  });

  it('returns nothing for unknown codes', () => {
    expect(regionName('999999')).toBeUndefined();
    expect(regionPath('999999')).toEqual([]);
    expect(listChildren('999999')).toEqual([]);
    expect(isCounty('')).toBe(false);
  });

  const allCodes = REGION_ROWS.trim()
    .split('\n')
    .map((l) => l.slice(0, 6));
  test.prop([fc.constantFrom(...allCodes)])(
    'every generated code resolves, and its path ends with its name',
    (code) => {
      const region = findRegion(code);
      expect(region?.code).toBe(code);
      const path = regionPath(code);
      const isFiller =
        region?.level === 'city' && listChildren(code.slice(0, 2) + '0000').every((r) => r.code !== code);
      expect(path.at(-1)).toBe(isFiller ? regionName(code.slice(0, 2) + '0000') : region?.name);
    },
  );
});
