import { BUSINESS_UTC_OFFSET_MINUTES, businessDay } from '../domain/business-date';
import { parseIdNumber, type IdKind } from '../domain/id-number';
import type { ServiceItemDefinition } from './definition';

/** Who authenticated at 身份认证: from the ID card or from a resolved 医保电子凭证 QR code. */
export type IdentityPerson = Readonly<{
  source: 'idcard' | 'qr';
  name: string;
  gender: '1' | '2';
  /** 民族 code (01–56), when the document carries one. */
  nation?: string;
  birthDate: string;
  idNumber: string;
  /** 医保 psn_cert_type: 01 居民身份证, 17 港澳台居民居住证, 07 外国人永久居留证. */
  certType: '01' | '17' | '07';
  address?: string;
  /** yyyy-MM-dd or 'long-term' (长期); absent for a QR code. */
  validUntil?: string;
  /** 电子凭证 token for 1101 (single use, 120 s), from EC01. */
  ecToken?: string;
  /** 参保地 from EC01, when known. */
  insuplcAdmdvs?: string;
}>;

export type IdentityProblem = 'expired' | 'wrongCardType' | 'invalidNumber';

export function idKindOf(
  person: IdentityPerson,
  today: Date,
  utcOffsetMinutes = BUSINESS_UTC_OFFSET_MINUTES,
): IdKind | null {
  const parsed = parseIdNumber(person.idNumber, today, utcOffsetMinutes);
  return parsed.ok ? parsed.value.kind : null;
}

/** Whether this document may open this item; an expired card is refused at identity (SPEC.md). */
export function checkIdentity(
  def: ServiceItemDefinition,
  person: IdentityPerson,
  today: Date,
  utcOffsetMinutes = BUSINESS_UTC_OFFSET_MINUTES,
): IdentityProblem | null {
  const kind = idKindOf(person, today, utcOffsetMinutes);
  if (kind === null) return 'invalidNumber';
  if (!def.acceptedIdKinds.includes(kind)) return 'wrongCardType';
  if (
    person.validUntil &&
    person.validUntil !== 'long-term' &&
    person.validUntil < businessDay(today, utcOffsetMinutes)
  )
    return 'expired';
  return null;
}
