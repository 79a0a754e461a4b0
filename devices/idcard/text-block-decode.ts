import { normalizeIdNumber, parseIdNumber } from '../../domain/id-number';
import { nationName } from './code-tables';
import type { Gender, IdentityCard } from './identity-card';
import {
  LAYOUT_FLAG_OFFSET,
  TEXT_BLOCK_LAYOUTS,
  TEXT_BLOCK_LENGTH,
  layoutFromFlag,
  type TextField,
} from './text-block-layout';
import { decodeUcs2le, hasPrivateUse, hasRareCjk, trimPadding } from './ucs2';

/**
 * Decodes the 256-byte text block (plus the photo and optional fingerprint that came with it) into an
 * `IdentityCard`. A block that cannot be a genuine card (bad dates, no number, unknown gender that the number
 * cannot settle) is refused with a typed problem; the reader reports that as an 'unreadable' card.
 */

export type TextBlockProblem =
  'length' | 'name' | 'idNumber' | 'gender' | 'birthDate' | 'validFrom' | 'validUntil';

export type DecodeResult =
  Readonly<{ ok: true; card: IdentityCard }> | Readonly<{ ok: false; problem: TextBlockProblem }>;

export const LONG_TERM = 'long-term';

export function decodeIdentityCard(
  text: Uint8Array,
  photoWlt: Uint8Array,
  options: { fingerprint?: Uint8Array; today?: Date } = {},
): DecodeResult {
  if (text.length !== TEXT_BLOCK_LENGTH) return { ok: false, problem: 'length' };
  const flag = decodeUcs2le(text.subarray(LAYOUT_FLAG_OFFSET, LAYOUT_FLAG_OFFSET + 2));
  const layout = layoutFromFlag(flag);
  const slots = TEXT_BLOCK_LAYOUTS[layout];
  const field = (name: TextField): string | undefined => {
    const slot = slots[name];
    return slot
      ? trimPadding(decodeUcs2le(text.subarray(slot.offset, slot.offset + slot.length)))
      : undefined;
  };
  /** English name on the 2023 card runs on from offset 52 into offset 220; join before trimming. */
  const englishName = (): string | undefined => {
    const first = slots.englishName;
    if (!first) return undefined;
    const head = decodeUcs2le(text.subarray(first.offset, first.offset + first.length));
    const tail = slots.englishNameContinued;
    const rest = tail ? decodeUcs2le(text.subarray(tail.offset, tail.offset + tail.length)) : '';
    const joined = trimPadding(head + rest);
    return joined === '' ? undefined : joined;
  };

  const name = field('name') ?? '';
  const english = englishName();
  if (name === '' && english === undefined) return { ok: false, problem: 'name' };

  const idNumber = normalizeIdNumber(field('idNumber') ?? '');
  if (idNumber === '') return { ok: false, problem: 'idNumber' };
  const parsed = parseIdNumber(idNumber, options.today ?? new Date());

  const birthDate = compactToIso(field('birthDate') ?? '');
  if (birthDate === null) return { ok: false, problem: 'birthDate' };
  const validFrom = compactToIso(field('validFrom') ?? '');
  if (validFrom === null) return { ok: false, problem: 'validFrom' };
  const until = field('validUntil') ?? '';
  const validUntil = until === '长期' ? LONG_TERM : compactToIso(until);
  if (validUntil === null) return { ok: false, problem: 'validUntil' };

  const genderCode = field('gender') ?? '';
  let gender: Gender;
  let genderFromIdNumber = false;
  if (genderCode === '1' || genderCode === '2') {
    gender = genderCode;
  } else if (parsed.ok && parsed.value.gender !== null) {
    gender = parsed.value.gender;
    genderFromIdNumber = true;
  } else {
    return { ok: false, problem: 'gender' };
  }

  const nationCode = field('nationCode');
  const optional = (key: string, value: string | undefined) =>
    value === undefined || value === '' ? {} : { [key]: value };

  const card: IdentityCard = {
    layout,
    name,
    ...(english !== undefined ? { englishName: english } : {}),
    gender,
    ...optional('nationCode', nationCode),
    ...optional('nationName', nationCode ? nationName(nationCode) : undefined),
    ...optional('nationality', field('nationality')),
    birthDate,
    ...optional('address', field('address')),
    idNumber,
    issuer: field('issuer') ?? '',
    validFrom,
    validUntil,
    ...optional('travelPermitNumber', field('travelPermitNumber')),
    ...optional('issueCount', field('issueCount')),
    ...optional('cardVersion', field('cardVersion')),
    ...optional('acceptingAuthorityCode', field('acceptingAuthorityCode')),
    photoWlt,
    ...(options.fingerprint && options.fingerprint.length > 0 ? { fingerprint: options.fingerprint } : {}),
    flags: {
      nameHasPrivateUse: hasPrivateUse(name),
      nameHasRareCharacter: hasRareCjk(name),
      idNumberProblem: parsed.ok ? null : parsed.problem,
      genderFromIdNumber,
    },
  };
  return { ok: true, card };
}

/** yyyyMMdd → yyyy-MM-dd when it is a real calendar date; null otherwise. */
export function compactToIso(compact: string): string | null {
  if (!/^\d{8}$/.test(compact)) return null;
  const y = Number(compact.slice(0, 4));
  const m = Number(compact.slice(4, 6));
  const d = Number(compact.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}
