import { afterEach, describe, expect, it } from 'vitest';
import { checkIdentity } from '../flows/identity';
import { SERVICE_ITEMS } from '../flows/items';
import { applyRules } from '../flows/rules';
import { adultCard } from '../tests/support/sample-people';
import { TEST_CODES } from '../tests/support/sample-people';
import { businessDay, parseUtcOffset } from './business-date';
import { ageOn, idCheckDigit, parseIdNumber } from './id-number';

/** Beijing wall-clock time on 22 Nov 2026 as an instant (UTC+8). */
const beijing = (hh: number, mm: number): Date =>
  new Date(`2026-11-22T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00+08:00`);
const idBornOn = (yyyymmdd: string): string => {
  const body = `440106${yyyymmdd}001`;
  return body + idCheckDigit(body);
};

// The pure tsconfig has no Node types; the test runs in Node, whose Date follows env.TZ at run time.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
const hostTz = env.TZ;
afterEach(() => {
  if (hostTz === undefined) delete env.TZ;
  else env.TZ = hostTz;
});

describe('one time zone for business dates (Asia/Shanghai, +08:00)', () => {
  it('parses the offset setting', () => {
    expect(parseUtcOffset('+08:00')).toBe(480);
    expect(parseUtcOffset('-03:30')).toBe(-210);
    expect(() => parseUtcOffset('8')).toThrow();
  });

  // Run with a host zone far from China, so a host-local computation would show.
  for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai']) {
    for (const [hh, mm] of [
      [0, 30],
      [23, 30],
    ] as const) {
      it(`a baby born today is accepted at ${hh}:${mm} Beijing time (host TZ ${tz})`, () => {
        env.TZ = tz;
        const now = beijing(hh, mm);
        expect(businessDay(now)).toBe('2026-11-22');
        const today = parseIdNumber(idBornOn('20261122'), now);
        expect(today).toEqual({
          ok: true,
          value: { number: idBornOn('20261122'), kind: 'resident', birthDate: '2026-11-22', gender: '1' },
        });
        expect(parseIdNumber(idBornOn('20261123'), now)).toEqual({ ok: false, problem: 'birthDate' });
        expect(ageOn('2020-11-22', now)).toBe(6);
        expect(ageOn('2020-11-23', now)).toBe(5);
        // The 婴幼儿 rule and the ID-matches-birth rule on the same day.
        const answers = {
          certno: idBornOn('20261122'),
          brdy: '2026-11-22',
          gend: TEST_CODES.tables.gend.male,
          psn_idet_type: TEST_CODES.tables.psn_idet_type.infant,
        };
        expect(
          applyRules(['idMatchesBirthAndGender', 'applicantTypeMatchesAge'], {
            answers,
            actingFor: 'self',
            today: now,
            codes: TEST_CODES,
            insuredAdmdvs: null,
          }),
        ).toEqual({});
      });
    }
  }

  it('a card that expired yesterday is refused at 00:30 Beijing time, one valid today accepted at 23:30', () => {
    env.TZ = 'UTC';
    const def = SERVICE_ITEMS['filing-long-term'];
    expect(checkIdentity(def, { ...adultCard, validUntil: '2026-11-21' }, beijing(0, 30))).toBe('expired');
    expect(checkIdentity(def, { ...adultCard, validUntil: '2026-11-22' }, beijing(23, 30))).toBeNull();
  });

  it('a 备案 may start today, at 00:30 as at 23:30', () => {
    env.TZ = 'UTC';
    for (const now of [beijing(0, 30), beijing(23, 30)]) {
      const six = applyRules(['filingBeginNotTooOld'], {
        answers: { begndate: '2026-05-22' },
        actingFor: 'self',
        today: now,
        codes: TEST_CODES,
        insuredAdmdvs: null,
      });
      expect(six).toEqual({});
      const tooOld = applyRules(['filingBeginNotTooOld'], {
        answers: { begndate: '2026-05-21' },
        actingFor: 'self',
        today: now,
        codes: TEST_CODES,
        insuredAdmdvs: null,
      });
      expect(tooOld).toEqual({ begndate: 'rule.beginTooOld' });
    }
  });
});
