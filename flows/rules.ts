import { codeOf, keyOf, type CodeTables } from '../domain/codes/code-tables';
import { ageOn, parseIdNumber } from '../domain/id-number';
import type { RuleName } from './definition';
import { addMonths, isoDay, padDay } from './fields/date';
import type { ActingFor } from './prefill';

export type RuleInput = Readonly<{
  answers: Readonly<Record<string, string>>;
  actingFor: ActingFor;
  today: Date;
  codes: CodeTables;
  /** The subject's 参保地 (1101), when known: 转往就医地 must lie outside its city. */
  insuredAdmdvs: string | null;
  /** The business day's UTC offset; default +08:00 (domain/business-date.ts). */
  utcOffsetMinutes?: number;
}>;

/** Field → problem key. A rule reports only on fields that passed their own type check. */
export type RuleProblems = Record<string, string>;

type Rule = (input: RuleInput) => RuleProblems;

/** How far back a 备案 may start (provincial-api.md: "begndate more than 6 months in the past" is refused). */
export const FILING_BEGIN_MAX_MONTHS_BACK = 6;
/** How far ahead a planned move may be registered. */
export const FILING_BEGIN_MAX_MONTHS_AHEAD = 6;

const RULES: Record<RuleName, Rule> = {
  /** Birth date and gender must be the ones the ID number encodes (GB 11643: digits 7–14 and 17). */
  idMatchesBirthAndGender({ answers, today, codes, utcOffsetMinutes }): RuleProblems {
    const parsed = parseIdNumber(answers.certno ?? '', today, utcOffsetMinutes);
    if (!parsed.ok) return {};
    const out: RuleProblems = {};
    const { birthDate, gender } = parsed.value;
    if (birthDate && answers.brdy && padDay(answers.brdy) !== birthDate) out.brdy = 'rule.birthMismatch';
    const encoded = gender && codeOf(codes, 'gend', gender === '1' ? 'male' : 'female');
    if (encoded && answers.gend && answers.gend !== encoded) out.gend = 'rule.genderMismatch';
    return out;
  },

  /** 婴幼儿 under 6, 中小学生 6–18, 无业成年人 18 or over. */
  applicantTypeMatchesAge({ answers, today, codes, utcOffsetMinutes }): RuleProblems {
    const birth = answers.brdy ? padDay(answers.brdy) : parseBirth(answers.certno, today, utcOffsetMinutes);
    if (!birth || !answers.psn_idet_type) return {};
    const age = ageOn(birth, today, utcOffsetMinutes);
    const type = keyOf(codes, 'psn_idet_type', answers.psn_idet_type);
    if (type === 'infant' && age >= 6) return { psn_idet_type: 'rule.infantAge' };
    if (type === 'pupil' && (age < 6 || age > 18)) return { psn_idet_type: 'rule.pupilAge' };
    if (type === 'unemployed-adult' && age < 18) return { psn_idet_type: 'rule.adultAge' };
    return {};
  },

  filingBeginNotTooOld({ answers, today, utcOffsetMinutes }): RuleProblems {
    if (!answers.begndate) return {};
    const begin = padDay(answers.begndate);
    const day = isoDay(today, utcOffsetMinutes);
    if (begin < addMonths(day, -FILING_BEGIN_MAX_MONTHS_BACK)) return { begndate: 'rule.beginTooOld' };
    if (begin > addMonths(day, FILING_BEGIN_MAX_MONTHS_AHEAD)) return { begndate: 'rule.beginTooFar' };
    return {};
  },

  filingEndAfterBegin({ answers }): RuleProblems {
    if (!answers.begndate || !answers.enddate) return {};
    return padDay(answers.enddate) < padDay(answers.begndate) ? { enddate: 'rule.endBeforeBegin' } : {};
  },

  /** Acting for another person means another ID number than the applicant's own. */
  proxyIsAnotherPerson({ answers, actingFor }): RuleProblems {
    if (actingFor !== 'other' || !answers.certno || !answers.agnter_certno) return {};
    return answers.certno === answers.agnter_certno ? { certno: 'rule.proxySamePerson' } : {};
  },

  /** 银行户名, 开户银行 and 银行账号 together or not at all (tax-channel payers leave all three empty). */
  bankAllOrNothing({ answers }): RuleProblems {
    const fields = ['bank_acct_name', 'bank_name', 'bank_acct'] as const;
    const given = fields.filter((f) => (answers[f] ?? '').trim() !== '');
    if (given.length === 0 || given.length === fields.length) return {};
    return Object.fromEntries<string>(
      fields.filter((f) => !given.includes(f)).map((f) => [f, 'rule.bankIncomplete']),
    );
  },

  /** 异地就医 is outside the insured city: 转往就医地 in the 参保地's own city is refused (provincial-api.md). */
  treatmentOutsideInsuredCity({ answers, insuredAdmdvs }): RuleProblems {
    const area = answers.mdtrtarea_admdvs ?? '';
    if (!insuredAdmdvs || area.length !== 6) return {};
    return area.slice(0, 4) === insuredAdmdvs.slice(0, 4)
      ? { mdtrtarea_admdvs: 'rule.sameCityAsInsured' }
      : {};
  },
};

function parseBirth(certno: string | undefined, today: Date, utcOffsetMinutes?: number): string | null {
  const parsed = parseIdNumber(certno ?? '', today, utcOffsetMinutes);
  return parsed.ok ? parsed.value.birthDate : null;
}

export function applyRules(names: ReadonlyArray<RuleName>, input: RuleInput): RuleProblems {
  return Object.assign({}, ...names.map((name) => RULES[name](input))) as RuleProblems;
}
