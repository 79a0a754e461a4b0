/**
 * Administrative divisions (GB/T 2260, province/city/county) for the 行政区划 cascades of the service forms:
 * 户口所在地, 参保区划, 转往就医地. Pure data lookups; the index is built on first use.
 */
import { HK_MO_TW, buildRegionIndex, canonicalCode, type RegionIndex } from './region-index';
import type { Region, RegionListOptions } from './region-types';

export type { Region, RegionLevel, RegionListOptions } from './region-types';

let index: RegionIndex | null = null;

function regions(): RegionIndex {
  index ??= buildRegionIndex();
  return index;
}

/** First column of the cascade: the 31 mainland provinces in code order, plus 港澳台 when asked for. */
export function listProvinces(options: RegionListOptions = {}): readonly Region[] {
  const { provinces } = regions();
  return options.includeHkMoTw ? [...provinces, ...HK_MO_TW] : provinces;
}

/** Next column after picking `code`; empty for a leaf or an unknown code. */
export function listChildren(code: string): readonly Region[] {
  return regions().children.get(code) ?? [];
}

export function findRegion(code: string): Region | undefined {
  return regions().byCode.get(canonicalCode(code));
}

/** Official name; 830000 (台湾居民居住证 address code) resolves to 台湾省. */
export function regionName(code: string): string | undefined {
  return findRegion(code)?.name;
}

/**
 * Names along the cascade down to `code`: [省, 市, 区县] normally, [直辖市, 区县] for 北京/天津/上海/重庆,
 * [省, 市] for 东莞-type cities, [省, 县级市] for 省直辖县级 cities such as 仙桃市, [特别行政区] for 港澳.
 * Empty for an unknown code.
 */
export function regionPath(code: string): readonly string[] {
  const { byCode, parent } = regions();
  const start = byCode.get(canonicalCode(code));
  if (!start) return [];
  // A filler row (e.g. 110100 市辖区) is not a step of the cascade: describe it by its province.
  if (start.level === 'city' && !parent.has(start.code)) {
    const province = byCode.get(`${start.code.slice(0, 2)}0000`);
    return province ? [province.name] : [];
  }
  const names: string[] = [];
  for (let current: string | undefined = start.code; current !== undefined; current = parent.get(current)) {
    const region = byCode.get(current);
    if (region) names.unshift(region.name);
  }
  return names;
}

/** regionPath joined as written on forms and receipts, e.g. 广东省广州市天河区. */
export function regionFullName(code: string): string {
  return regionPath(code).join('');
}

/**
 * True for a mainland division that ends the cascade at county level: a county/district/county-level city,
 * or a prefecture-level city with no counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200).
 */
export function isCounty(code: string): boolean {
  const region = findRegion(code);
  return region !== undefined && region.leaf && region.level !== 'province';
}

/** A code a cascade field may store: a mainland leaf, or 港澳台 when the item accepts them. */
export function isSelectable(code: string, options: RegionListOptions = {}): boolean {
  if (isCounty(code)) return true;
  return options.includeHkMoTw === true && HK_MO_TW.some((r) => r.code === canonicalCode(code));
}
