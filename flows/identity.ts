import type { CodeKey } from '../domain/codes/code-keys';
import { BUSINESS_UTC_OFFSET_MINUTES, businessDay } from '../domain/business-date';
import { parseIdNumber, type IdKind } from '../domain/id-number';
import type { ServiceItemDefinition } from './definition';

/** Who authenticated at 身份认证: from the ID card or from a resolved 医保电子凭证 QR code. */
export type IdentityPerson = Readonly<{
  source: 'idcard' | 'qr';
  name: string;
  gender: 'male' | 'female';
  /** 民族 code (01–56), when the document carries one. */
  nation?: string;
  birthDate: string;
  idNumber: string;
  /** Which document (the cert_type code table gives the province's psn_cert_type for it). */
  docKind: DocKind;
  address?: string;
  /** yyyy-MM-dd or 'long-term' (长期); absent for a QR code. */
  validUntil?: string;
}>;

export type DocKind = CodeKey<'cert_type'>;

/**
 * What the province said about the identified person right after identity (1101), as the wizard needs it:
 * whether 备案 may go on, and which 险种 the person holds (so the form can offer just those).
 */
export type InsuranceCheck =
  | { state: 'insured'; insurances: Array<{ insutype: string; admdvs: string }> }
  | { state: 'not-insured' }
  /** The province could not be asked now: the case is still taken and the sync worker asks later. */
  | { state: 'unknown' };

/** The 参保地 the rules compare against: the holder's own, and only when the case is the holder's. */
export function insuredAdmdvsFor(
  check: InsuranceCheck | null,
  actingFor: 'self' | 'other',
  insutype: string | undefined,
): string | null {
  if (actingFor !== 'self' || check?.state !== 'insured') return null;
  const held = check.insurances.find((i) => i.insutype === insutype) ?? check.insurances[0];
  return held?.admdvs ?? null;
}

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
