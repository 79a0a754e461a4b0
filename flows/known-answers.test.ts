import { describe, expect, it } from 'vitest';
import { SERVICE_ITEMS } from './items';
import {
  carryHolderPhone,
  copyOfferValue,
  knownAnswers,
  regionsFollowingTypedIdNumber,
  registeredRegion,
} from './known-answers';
import { idCheckDigit } from '../domain/id-number';
import { adultCard, TEST_TODAY } from '../tests/support/sample-people';

const facts = { kioskCounty: '440106', today: new Date(TEST_TODAY) };
const field = (item: keyof typeof SERVICE_ITEMS, name: string) => {
  const f = SERVICE_ITEMS[item].fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

describe('answers the kiosk already knows', () => {
  it('enrollment: 户口所在地 from the ID number, confirmed by the card address; 参保区划 the kiosk’s county', () => {
    expect(knownAnswers(SERVICE_ITEMS.enroll, adultCard, 'self', facts)).toEqual({
      hsreg_admdvs: '440106',
      insu_admdvs: '440106',
    });
    const elsewhere = { ...facts, kioskCounty: '440981' };
    expect(knownAnswers(SERVICE_ITEMS.enroll, adultCard, 'self', elsewhere).insu_admdvs).toBe('440981');
  });

  it('does not guess the 户口所在地 when the card’s address names another county, or for another person', () => {
    const moved = { ...adultCard, address: '广东省茂名市高州市人民路1号' };
    expect(registeredRegion(moved)).toBeNull();
    expect(registeredRegion({ ...adultCard, address: undefined })).toBe('440106');
    expect(knownAnswers(SERVICE_ITEMS.enroll, adultCard, 'other', facts)).not.toHaveProperty('hsreg_admdvs');
  });

  it('a kiosk county that is no county (a bad setting) fills nothing', () => {
    expect(
      knownAnswers(SERVICE_ITEMS.enroll, adultCard, 'self', { ...facts, kioskCounty: '440100' }),
    ).toEqual({
      hsreg_admdvs: '440106',
    });
  });

  it('备案开始日期 is today, the business day (+08:00)', () => {
    const lateUtc = { ...facts, today: new Date('2026-11-22T17:30:00Z') }; // 01:30 on the 23rd in China
    expect(knownAnswers(SERVICE_ITEMS['filing-work'], adultCard, 'self', lateUtc)).toEqual({
      begndate: '2026-11-23',
    });
  });

  it('the card holder’s phone follows the card holder between 联系电话 and 代办人联系电话, never to another person', () => {
    expect(carryHolderPhone({ tel: '13800138000' }, 'self', 'other')).toEqual({ agnter_tel: '13800138000' });
    expect(carryHolderPhone({ agnter_tel: '13800138000', tel: '13900139000' }, 'other', 'self')).toEqual({
      tel: '13800138000',
    });
    expect(carryHolderPhone({ tel: '13800138000' }, 'self', 'self')).toEqual({});
  });

  it('one-tap copies: 与户口地址相同, the card’s address (for oneself only), the region’s full name', () => {
    const answers = { hsreg_addr: '广东省广州市天河区天河路100号', mdtrtarea_admdvs: '430104' };
    expect(copyOfferValue(field('enroll', 'addr'), answers, adultCard, 'self')).toBe(answers.hsreg_addr);
    expect(copyOfferValue(field('filing-work', 'insu_addr'), {}, adultCard, 'self')).toBe(adultCard.address);
    expect(copyOfferValue(field('filing-work', 'insu_addr'), {}, adultCard, 'other')).toBeNull();
    expect(copyOfferValue(field('filing-work', 'mdtrt_addr'), answers, null, 'self')).toBe(
      '湖南省长沙市岳麓区',
    );
    expect(copyOfferValue(field('enroll', 'tel'), answers, adultCard, 'self')).toBeNull();
  });

  it('为他人办理: the 户口所在地 follows the ID number typed for the other person, once it is valid', () => {
    const idOf = (body: string) => `${body}${idCheckDigit(body)}`;
    const gaozhou = idOf('44098120150601123'); // 广东省茂名市高州市
    const yuelu = idOf('43010420150601123'); // 湖南省长沙市岳麓区
    const follow = (
      before: Record<string, string>,
      after: Record<string, string>,
      actingFor: 'self' | 'other' = 'other',
    ) => regionsFollowingTypedIdNumber(SERVICE_ITEMS.enroll, before, after, actingFor, new Date(TEST_TODAY));
    expect(follow({}, { certno: gaozhou })).toEqual({ hsreg_admdvs: '440981' });
    // Not yet a valid number (17 digits, a wrong check digit): nothing guessed.
    expect(follow({}, { certno: gaozhou.slice(0, 17) })).toEqual({});
    expect(follow({}, { certno: `${gaozhou.slice(0, 17)}${gaozhou[17] === '0' ? '1' : '0'}` })).toEqual({});
    // The number corrected: the region it had given follows; a region the resident chose is kept.
    expect(follow({ certno: gaozhou }, { certno: yuelu, hsreg_admdvs: '440981' })).toEqual({
      hsreg_admdvs: '430104',
    });
    expect(follow({ certno: gaozhou }, { certno: yuelu, hsreg_admdvs: '440106' })).toEqual({});
    // Only a change of the number moves it, and never for oneself (the card's own number is prefilled).
    expect(follow({ certno: gaozhou }, { certno: gaozhou })).toEqual({});
    expect(follow({}, { certno: gaozhou }, 'self')).toEqual({});
  });
});
