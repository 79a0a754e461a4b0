/**
 * Builds the province → city → county cascade from the generated GB/T 2260 rows. The cascade a resident
 * walks through differs from the raw code tree in two places, both handled here:
 * - filler city-level rows (直辖市 "市辖区"/"县", 省直辖县级行政区划) are skipped: their counties are listed
 *   directly under the province, so 北京市 → 东城区 and 湖北省 → 仙桃市;
 * - prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) are themselves the last, selectable step.
 */
import { REGION_ROWS } from './regions.data';
import type { Region, RegionLevel } from './region-types';

/** City-level rows that exist only to group counties; residents never pick them. */
const FILLER_CITY_NAMES: ReadonlySet<string> = new Set([
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

/** GB/T 2260 codes of 香港, 澳门 and 台湾: single selectable entries, listed only on request. */
export const HK_MO_TW: readonly Region[] = [
  { code: '810000', name: '香港特别行政区', level: 'province', leaf: true },
  { code: '820000', name: '澳门特别行政区', level: 'province', leaf: true },
  { code: '710000', name: '台湾省', level: 'province', leaf: true },
];

/**
 * 港澳台居民居住证 numbers start with 810000 / 820000 / 830000; 830000 is not a GB/T 2260 code (台湾省 is
 * 710000) but must still resolve to a name when it comes from a card.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([['830000', '710000']]);

export type RegionIndex = {
  readonly byCode: ReadonlyMap<string, Region>;
  readonly provinces: readonly Region[];
  /** Cascade children: what the next column shows after picking the key. */
  readonly children: ReadonlyMap<string, readonly Region[]>;
  /** Cascade parent, skipping filler rows; absent for provinces. */
  readonly parent: ReadonlyMap<string, string>;
};

export function levelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function canonicalCode(code: string): string {
  return ALIASES.get(code) ?? code;
}

type Row = { code: string; name: string };

function parseRows(text: string): Row[] {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    rows.push({ code: line.slice(0, 6), name: line.slice(7) });
  }
  return rows;
}

export function buildRegionIndex(text: string = REGION_ROWS): RegionIndex {
  const rows = parseRows(text);
  const countiesOf = new Map<string, Row[]>();
  const citiesOf = new Map<string, Row[]>();
  const provinceRows: Row[] = [];
  for (const row of rows) {
    const level = levelOfCode(row.code);
    if (level === 'province') provinceRows.push(row);
    const parentKey = level === 'city' ? `${row.code.slice(0, 2)}0000` : `${row.code.slice(0, 4)}00`;
    if (level === 'city') push(citiesOf, parentKey, row);
    if (level === 'county') push(countiesOf, parentKey, row);
  }

  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  const parent = new Map<string, string>();
  const add = (row: Row, level: RegionLevel, leaf: boolean, parentCode: string | null): Region => {
    const region: Region = { code: row.code, name: row.name, level, leaf };
    byCode.set(row.code, region);
    if (parentCode !== null) {
      parent.set(row.code, parentCode);
      push(children, parentCode, region);
    }
    return region;
  };

  const provinces = provinceRows.map((p) => add(p, 'province', false, null));
  for (const p of provinceRows) {
    for (const city of citiesOf.get(p.code) ?? []) {
      const counties = countiesOf.get(city.code) ?? [];
      if (FILLER_CITY_NAMES.has(city.name)) {
        // Known by code (regionName works) but never shown as a step of the cascade.
        byCode.set(city.code, { code: city.code, name: city.name, level: 'city', leaf: false });
        for (const county of counties) add(county, 'county', true, p.code);
        continue;
      }
      add(city, 'city', counties.length === 0, p.code);
      for (const county of counties) add(county, 'county', true, city.code);
    }
  }
  for (const region of HK_MO_TW) byCode.set(region.code, region);
  return { byCode, provinces, children, parent };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
