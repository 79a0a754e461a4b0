/**
 * Identity-document numbers accepted by the kiosk (GB 11643-1999 and the documents that reuse its
 * MOD 11-2 check): 居民身份证, 港澳台居民居住证 (810000/820000/830000) and the 2023 外国人永久居留身份证
 * (18 digits starting with 9). The 2017 外国人永久居留证 (3 letters + 12 digits) is checked by shape only,
 * because public descriptions of its check digit disagree (domain.md §4.3).
 */

export type IdKind = 'resident' | 'hkmo-permit' | 'tw-permit' | 'foreigner-2023' | 'foreigner-2017';

/** Why a number was refused; the UI maps each to a plain-language message. */
export type IdNumberProblem = 'empty' | 'length' | 'characters' | 'checksum' | 'birthDate' | 'region';

export type ParsedIdNumber = Readonly<{
  number: string;
  kind: IdKind;
  /** yyyy-MM-dd, or null where the number does not carry one (2017 foreigner card is shape-checked only). */
  birthDate: string | null;
  /** National gender code: '1' male, '2' female; null where the number does not carry one. */
  gender: '1' | '2' | null;
}>;

export type IdNumberResult = { ok: true; value: ParsedIdNumber } | { ok: false; problem: IdNumberProblem };

import { BUSINESS_UTC_OFFSET_MINUTES, businessDay } from './business-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Trims, removes inner spaces, turns full-width digits and letters into ASCII and upper-cases a trailing x. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** ISO 7064 MOD 11-2 check character for a 17-digit body. */
export function idCheckDigit(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function kindOf18(number: string): IdKind | null {
  const prefix = number.slice(0, 6);
  if (prefix === '810000' || prefix === '820000') return 'hkmo-permit';
  if (prefix === '830000') return 'tw-permit';
  if (number.startsWith('9')) return 'foreigner-2023';
  if (/^[1-8]/.test(number)) return 'resident';
  return null;
}

/** A yyyyMMdd string that is a real calendar date between 1900-01-01 and `today` (the business day). */
export function isoDateFromCompact(
  compact: string,
  today: Date,
  utcOffsetMinutes = BUSINESS_UTC_OFFSET_MINUTES,
): string | null {
  if (!/^\d{8}$/.test(compact)) return null;
  const y = Number(compact.slice(0, 4));
  const m = Number(compact.slice(4, 6));
  const d = Number(compact.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900) return null;
  const iso = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  const todayIso = businessDay(today, utcOffsetMinutes);
  return iso > todayIso ? null : iso;
}

export function parseIdNumber(
  raw: string,
  today: Date = new Date(),
  utcOffsetMinutes = BUSINESS_UTC_OFFSET_MINUTES,
): IdNumberResult {
  const number = normalizeIdNumber(raw);
  if (number === '') return { ok: false, problem: 'empty' };
  if (/^[A-Z]{3}\d{12}$/.test(number)) {
    return { ok: true, value: { number, kind: 'foreigner-2017', birthDate: null, gender: null } };
  }
  if (!/^[0-9X]*$/.test(number)) return { ok: false, problem: 'characters' };
  if (number.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, problem: 'characters' };
  const kind = kindOf18(number);
  if (kind === null) return { ok: false, problem: 'region' };
  if (idCheckDigit(number.slice(0, 17)) !== number[17]) return { ok: false, problem: 'checksum' };
  const birthDate = isoDateFromCompact(number.slice(6, 14), today, utcOffsetMinutes);
  if (birthDate === null) return { ok: false, problem: 'birthDate' };
  const gender = Number(number[16]) % 2 === 1 ? '1' : '2';
  return { ok: true, value: { number, kind, birthDate, gender } };
}

/** Whole years between a yyyy-MM-dd birth date and `today`'s business day (the age a resident would state). */
export function ageOn(
  birthDate: string,
  today: Date,
  utcOffsetMinutes = BUSINESS_UTC_OFFSET_MINUTES,
): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = businessDay(today, utcOffsetMinutes).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const beforeBirthday = tm < m || (tm === m && td < d);
  return ty - y - (beforeBirthday ? 1 : 0);
}

/** Masks all but the first 4 and last 4 characters, as the province's ledger does (`certno_mask`). */
export function maskIdNumber(number: string): string {
  if (number.length <= 8) return number;
  return `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`;
}

/** Masks a Chinese name the way 粤智助 screens do: 张* / 欧阳** / 张*明 for names of three or more. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
