/**
 * Document numbers as the province checks them, written from domain.md §4 (GB 11643-1999, ISO 7064
 * MOD 11-2) and applied to the number exactly as sent: the province does not trim, drop spaces, widen
 * full-width digits or upper-case a trailing x, so any of those is a wrong number here.
 *
 * - 居民身份证: 18 characters, first digit 1–8, real birth date in characters 7–14, MOD 11-2 check.
 * - 港澳台居民居住证: the same layout with address code 810000 (香港), 820000 (澳门) or 830000 (台湾).
 * - 外国人永久居留身份证 2023: 18 characters starting with 9, birth date and MOD 11-2 check as above.
 * - 外国人永久居留证 2017 and earlier: 3 capital letters + 12 digits, checked by shape only (the public
 *   descriptions of its check digit disagree, domain.md §4.3).
 * The 15-digit 1989 numbers are no longer valid documents and are refused.
 */
export type DocumentKind = 'resident' | 'hkmo-permit' | 'tw-permit' | 'foreigner-2023' | 'foreigner-2017';

export type DocumentNumber = Readonly<{
  kind: DocumentKind;
  /** yyyy-MM-dd, or null for the 2017 foreigner card. */
  birthDate: string | null;
  /** 1 male, 2 female (the 17th character's parity), or null for the 2017 foreigner card. */
  gender: '1' | '2' | null;
}>;

export type DocumentCheck = { ok: true; value: DocumentNumber } | { ok: false; reason: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The MOD 11-2 check character of a 17-digit body. */
export function mod112CheckCharacter(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17.charAt(i)) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

function kindOf(number: string): DocumentKind {
  const region = number.slice(0, 6);
  if (region === '810000' || region === '820000') return 'hkmo-permit';
  if (region === '830000') return 'tw-permit';
  return number.startsWith('9') ? 'foreigner-2023' : 'resident';
}

/** `todayText` (yyyy-MM-dd, local) bounds the birth date: nobody is born after today. */
export function checkDocumentNumber(number: string, todayText: string): DocumentCheck {
  if (/^[A-Z]{3}\d{12}$/.test(number))
    return { ok: true, value: { kind: 'foreigner-2017', birthDate: null, gender: null } };
  if (!/^[1-9]\d{16}[0-9X]$/.test(number))
    return { ok: false, reason: '证件号码须为18位（17位数字加1位校验码，校验码X须大写）' };
  if (mod112CheckCharacter(number.slice(0, 17)) !== number.charAt(17))
    return { ok: false, reason: '证件号码校验位错误' };
  const birth = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  const asDate = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(asDate.getTime()) || asDate.toISOString().slice(0, 10) !== birth || birth < '1900-01-01')
    return { ok: false, reason: '证件号码中的出生日期不正确' };
  if (birth > todayText) return { ok: false, reason: '证件号码中的出生日期晚于今天' };
  const gender = Number(number.charAt(16)) % 2 === 1 ? '1' : '2';
  return { ok: true, value: { kind: kindOf(number), birthDate: birth, gender } };
}

/** Which document kinds each default 证件类型 code may carry (contract table psn_cert_type). */
export const KINDS_BY_CERT_TYPE: Readonly<Record<string, ReadonlyArray<DocumentKind>>> = {
  '01': ['resident'],
  '17': ['hkmo-permit', 'tw-permit'],
  '07': ['foreigner-2023', 'foreigner-2017'],
};

/** certno_mask of ZZ04: the first 4 and last 4 characters, the rest as '*'. */
export function maskCertno(number: string): string {
  const chars = Array.from(number);
  if (chars.length <= 8) return number;
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
}
