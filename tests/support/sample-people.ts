import contractDefault from '../../domain/codes/tables/contract-default.json';
import { codeOf, entriesOf, parseCodeTables, type CodeTables } from '../../domain/codes/code-tables';
import { idCheckDigit } from '../../domain/id-number';
import type { ServiceItemDefinition } from '../../flows/definition';
import type { IdentityPerson } from '../../flows/identity';
import type { ActingFor } from '../../flows/prefill';

/** Test people with valid check digits; the kiosk's "today" in tests is 2026-11-22. */
export const TEST_TODAY = '2026-11-22T10:00:00+08:00';

const withCheck = (body: string) => body + idCheckDigit(body);

/** The shipped default code tables (the contract's values). */
export const TEST_CODES: CodeTables = (() => {
  const parsed = parseCodeTables(contractDefault, 'contract-default');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
})();

export const adultCard: IdentityPerson = {
  source: 'idcard',
  name: '陈建国',
  gender: 'male',
  nation: '01',
  birthDate: '1960-03-15',
  idNumber: withCheck('44010619600315003'),
  docKind: 'resident',
  address: '广东省广州市天河区天河路100号',
  validUntil: 'long-term',
};

export const expiredCard: IdentityPerson = { ...adultCard, validUntil: '2025-01-01' };

export const hkPermitCard: IdentityPerson = {
  ...adultCard,
  name: '李嘉欣',
  gender: 'female',
  idNumber: withCheck('81000019900101002'),
  docKind: 'residence-permit',
  validUntil: '2030-01-01',
};

/** A child enrolled by a guardian (acting for another person). */
export const CHILD_ID = withCheck('44010620210601002');

/** Answers that pass every check of `def`, for the fields the resident types (the card fills the rest). */
export function validAnswers(
  def: ServiceItemDefinition,
  actingFor: ActingFor,
  codes: CodeTables = TEST_CODES,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of def.fields) {
    if (f.fixedKey !== undefined) continue;
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
        // 转往就医地 lies outside the 参保地's city (广州); 户口所在地 and 参保区划 are 天河区.
        out[f.name] = f.name === 'mdtrtarea_admdvs' ? '110105' : '440106';
        break;
      case 'choice':
        out[f.name] = f.codeTable ? (entriesOf(codes, f.codeTable)[0]?.[1] ?? '') : '';
        break;
      case 'text':
        out[f.name] = '广州市天河区体育西路1号';
        break;
    }
  }
  if ('brdy' in out) out.brdy = '2021-06-01';
  if ('gend' in out) out.gend = codeOf(codes, 'gend', 'female');
  if ('psn_idet_type' in out) out.psn_idet_type = codeOf(codes, 'psn_idet_type', 'infant');
  if ('psn_cert_type' in out) out.psn_cert_type = codeOf(codes, 'cert_type', 'resident');
  if ('agnter_cert_type' in out) out.agnter_cert_type = codeOf(codes, 'cert_type', 'resident');
  if ('enddate' in out) out.enddate = '2027-01-22';
  return out;
}
