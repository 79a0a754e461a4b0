import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../domain/id-number';
import { applyRules } from './rules';

const today = new Date('2026-11-22T10:00:00+08:00');
const id = (body: string) => body + idCheckDigit(body);

describe('cross-field rules', () => {
  it('birth date and gender must match the ID number', () => {
    const answers = { certno: id('44010620210601002'), brdy: '2021-06-02', gend: '1' };
    expect(applyRules(['idMatchesBirthAndGender'], { answers, actingFor: 'other', today })).toEqual({
      brdy: 'rule.birthMismatch',
      gend: 'rule.genderMismatch',
    });
    expect(
      applyRules(['idMatchesBirthAndGender'], {
        answers: { ...answers, brdy: '2021-6-1', gend: '2' },
        actingFor: 'other',
        today,
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
  ])('申请人身份 %s born %s → %s', (type, brdy, problem) => {
    const out = applyRules(['applicantTypeMatchesAge'], {
      answers: { psn_idet_type: type, brdy },
      actingFor: 'self',
      today,
    });
    expect(out.psn_idet_type ?? null).toBe(problem);
  });

  it('a 备案 may start at most 6 months back and 6 months ahead; the end is not before the start', () => {
    const rules = ['filingBeginNotTooOld', 'filingEndAfterBegin'] as const;
    const r = (begndate: string, enddate?: string) =>
      applyRules(rules, { answers: { begndate, ...(enddate ? { enddate } : {}) }, actingFor: 'self', today });
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
        today,
      }),
    ).toEqual({ certno: 'rule.proxySamePerson' });
  });
});
