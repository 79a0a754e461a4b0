/**
 * Field lengths and formats of the contract ("Code values and field rules", after the national
 * platform's rules). Lengths count characters as Unicode code points, so 䶮 and 𬌗 (outside GB18030's
 * two-byte range, 𬌗 even outside the BMP) count as one character each, like any other 汉字.
 *
 * Decisions where the contract leaves a field open:
 * - reflin_medins_name (转往医疗机构) is a name: ≤ 50, the stricter of the two readings, so a client that
 *   fits here fits a province that reads it as an address too;
 * - refl_rea (转诊原因) is a long text like memo: ≤ 500;
 * - fixmedins_name in the envelope is an institution name of the national envelope: ≤ 200; opter_name ≤ 50.
 */
export const MAX_CODE_CHARS = 6;
export const MAX_MATL_TYPE_CHARS = 10;
export const MAX_NAME_CHARS = 50;
export const MAX_ADDRESS_CHARS = 200;
export const MAX_LONG_TEXT_CHARS = 500;

export const charCount = (v: string): number => Array.from(v).length;

/** "Required" treats a value of only spaces as missing; the value itself is never trimmed. */
export const isBlank = (v: string): boolean => v.trim() === '';

export const isAdmdvs = (v: string): boolean => /^\d{6}$/.test(v);
export const isMobile = (v: string): boolean => /^1[3-9]\d{9}$/.test(v);
/** 区号 (0 + 2–3 digits) and a 7–8 digit number, with or without a hyphen: 0668-2281234, 02087654321. */
export const isLandline = (v: string): boolean => /^0\d{2,3}-?\d{7,8}$/.test(v);
export const isTel = (v: string): boolean => isMobile(v) || isLandline(v);
export const isBankAcct = (v: string): boolean => /^\d{10,30}$/.test(v);

/** A yyyy-MM-dd that is a real calendar date. */
export function isDateText(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The 4-digit city part of a 6-digit 区划 (440981 → 4409). */
export const cityOf = (admdvs: string): string => admdvs.slice(0, 4);
