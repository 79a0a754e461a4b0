import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../domain/id-number';
import { applyRules, type RuleInput } from './rules';
import { TEST_CODES } from '../tests/support/sample-people';

const today = new Date('2026-11-22T10:00:00+08:00');
const id = (body: string) => body + idCheckDigit(body);
const base = { today, codes: TEST_CODES, insuredAdmdvs: null } satisfies Partial<RuleInput>;

describe('cross-field rules', () => {
  it('birth date and gender must match the ID number', () => {
    const answers = { certno: id('44010620210601002'), brdy: '2021-06-02', gend: '1' }; // 1 男 (contract code)
    expect(applyRules(['idMatchesBirthAndGender'], { answers, actingFor: 'other', ...base })).toEqual({
      brdy: 'rule.birthMismatch',
      gend: 'rule.genderMismatch',
    });
    expect(
      applyRules(['idMatchesBirthAndGender'], {
        answers: { ...answers, brdy: '2021-6-1', gend: '2' },
        actingFor: 'other',
        ...base,
      }),
    ).toEqual({});
  });

  it.each([
    ['infant', '2021-06-01', null],
    ['infant', '2020-11-21', 'rule.infantAge'], // turned 6 yesterday
    ['pupil', '2020-11-21', null],
    ['pupil', '2008-11-21', null], // turned 18 yesterday: 中小学生 covers 6–18
    ['pupil', '2007-11-21', 'rule.pupilAge'],
    ['unemployed-adult', '2010-01-01', 'rule.adultAge'],
    ['other', '2025-01-01', null],
  ] as const)('申请人身份 %s born %s → %s', (type, brdy, problem) => {
    const out = applyRules(['applicantTypeMatchesAge'], {
      answers: { psn_idet_type: TEST_CODES.tables.psn_idet_type[type], brdy },
      actingFor: 'self',
      ...base,
    });
    expect(out.psn_idet_type ?? null).toBe(problem);
  });

  it('a 备案 may start at most 6 months back and 6 months ahead; the end is not before the start', () => {
    const rules = ['filingBeginNotTooOld', 'filingEndAfterBegin'] as const;
    const r = (begndate: string, enddate?: string) =>
      applyRules(rules, {
        answers: { begndate, ...(enddate ? { enddate } : {}) },
        actingFor: 'self',
        ...base,
      });
    expect(r('2026-05-22')).toEqual({});
    expect(r('2026-05-21')).toEqual({ begndate: 'rule.beginTooOld' });
    expect(r('2027-05-23')).toEqual({ begndate: 'rule.beginTooFar' });
    expect(r('2026-12-01', '2026-11-30')).toEqual({ enddate: 'rule.endBeforeBegin' });
  });

  it('acting for another person needs another ID number', () => {
    const same = id('44010619600315003');
    expect(
      applyRules(['proxyIsAnotherPerson'], {
        answers: { certno: same, agnter_certno: same },
        actingFor: 'other',
        ...base,
      }),
    ).toEqual({ certno: 'rule.proxySamePerson' });
  });

  it('bank details are all or nothing', () => {
    const r = (answers: Record<string, string>) =>
      applyRules(['bankAllOrNothing'], { answers, actingFor: 'self', ...base });
    expect(r({})).toEqual({});
    expect(r({ bank_acct_name: '陈建国', bank_name: '102', bank_acct: '6222020200112233' })).toEqual({});
    expect(r({ bank_acct: '6222020200112233' })).toEqual({
      bank_acct_name: 'rule.bankIncomplete',
      bank_name: 'rule.bankIncomplete',
    });
    expect(r({ bank_acct_name: '   ', bank_name: '102' })).toEqual({
      bank_acct_name: 'rule.bankIncomplete',
      bank_acct: 'rule.bankIncomplete',
    });
  });

  it('转往就医地 must lie outside the 参保地’s city, once the 参保地 is known', () => {
    const r = (mdtrtarea_admdvs: string, insuredAdmdvs: string | null) =>
      applyRules(['treatmentOutsideInsuredCity'], {
        answers: { mdtrtarea_admdvs },
        actingFor: 'self',
        ...base,
        insuredAdmdvs,
      });
    expect(r('440104', '440106')).toEqual({ mdtrtarea_admdvs: 'rule.sameCityAsInsured' });
    expect(r('440304', '440106')).toEqual({});
    expect(r('440104', null)).toEqual({});
  });
});
