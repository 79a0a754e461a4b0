import { idCheckDigit } from '../../domain/id-number';
import type { ServiceItemDefinition } from '../../flows/definition';
import type { IdentityPerson } from '../../flows/identity';
import type { ActingFor } from '../../flows/prefill';

/** Test people with valid check digits; the kiosk's "today" in tests is 2026-11-22. */
export const TEST_TODAY = '2026-11-22T10:00:00+08:00';

const withCheck = (body: string) => body + idCheckDigit(body);

export const adultCard: IdentityPerson = {
  source: 'idcard',
  name: '陈建国',
  gender: '1',
  nation: '01',
  birthDate: '1960-03-15',
  idNumber: withCheck('44010619600315003'),
  certType: '01',
  address: '广东省广州市天河区天河路100号',
  validUntil: 'long-term',
};

export const expiredCard: IdentityPerson = { ...adultCard, validUntil: '2025-01-01' };

export const hkPermitCard: IdentityPerson = {
  ...adultCard,
  name: '李嘉欣',
  gender: '2',
  idNumber: withCheck('81000019900101002'),
  certType: '17',
  validUntil: '2030-01-01',
};

/** A child enrolled by a guardian (acting for another person). */
export const CHILD_ID = withCheck('44010620210601002');

/** Answers that pass every check of `def`, for the fields the resident types (the card fills the rest). */
export function validAnswers(def: ServiceItemDefinition, actingFor: ActingFor): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of def.fields) {
    if (f.fixed !== undefined) continue;
    if (f.when === 'actingForOther' && actingFor !== 'other') continue;
    switch (f.kind) {
      case 'personName':
        out[f.name] = '陈小明';
        break;
      case 'idNumber':
        out[f.name] = CHILD_ID;
        break;
      case 'phone':
        out[f.name] = '13800138000';
        break;
      case 'bankAccount':
        out[f.name] = '6222020200112233445';
        break;
      case 'date':
        out[f.name] = '2026-11-22';
        break;
      case 'region':
        out[f.name] = '440106';
        break;
      case 'choice':
        out[f.name] = f.options?.[0] ?? '';
        break;
      case 'text':
        out[f.name] = '广州市天河区体育西路1号';
        break;
    }
  }
  if ('brdy' in out) out.brdy = '2021-06-01';
  if ('gend' in out) out.gend = '2';
  if ('psn_idet_type' in out) out.psn_idet_type = 'infant';
  if ('psn_cert_type' in out) out.psn_cert_type = '01';
  if ('agnter_cert_type' in out) out.agnter_cert_type = '01';
  if ('enddate' in out) out.enddate = '2027-01-22';
  return out;
}
