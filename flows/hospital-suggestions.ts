import { findRegion, regionPath } from '../domain/regions/regions';

/**
 * 转往医疗机构 in one tap: the hospitals most 转诊转院证明 name, built from the 转往就医地 chosen just above
 * (a referral goes to the city's or the province's big hospital far more often than to a county one). Each is
 * the place's official name and a common suffix, e.g. 长沙市人民医院; the resident can still type any other.
 * `place` is the simplified name the label translates (flow:hospitalSuggestion.<kind>).
 */
export type HospitalSuggestion = Readonly<{ key: string; kind: HospitalKind; place: string; text: string }>;

export type HospitalKind = 'people' | 'firstPeople' | 'central' | 'chineseMedicine';

const CITY_KINDS: ReadonlyArray<readonly [HospitalKind, string]> = [
  ['people', '人民医院'],
  ['firstPeople', '第一人民医院'],
  ['central', '中心医院'],
  ['chineseMedicine', '中医医院'],
];

/** The suggestions for a chosen region code; none for 港澳台 or a code that is not a mainland division. */
export function hospitalSuggestions(regionCode: string): HospitalSuggestion[] {
  const region = findRegion(regionCode);
  if (!region || /^(71|81|82)/.test(region.code)) return [];
  const path = regionPath(region.code);
  // [省, 市, 区县], [直辖市, 区县], [省, 县级市]: the city is the second name, or the 直辖市 itself.
  const province = path[0];
  if (!province) return [];
  const isMunicipality = /^(11|12|31|50)/.test(region.code);
  const city = isMunicipality ? province : (path[1] ?? province);
  const out: HospitalSuggestion[] = CITY_KINDS.map(([kind, suffix]) => ({
    key: `city-${kind}`,
    kind,
    place: city,
    text: `${city}${suffix}`,
  }));
  if (city !== province)
    out.push({ key: 'province-people', kind: 'people', place: province, text: `${province}人民医院` });
  return out;
}
