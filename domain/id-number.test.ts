import { describe, expect, it } from 'vitest';
import { ageOn, idCheckDigit, maskIdNumber, maskName, normalizeIdNumber, parseIdNumber } from './id-number';

const TODAY = new Date('2026-11-22T00:00:00Z');
const withCheck = (body: string) => body + idCheckDigit(body);

describe('parseIdNumber', () => {
  it('accepts a resident number with a valid check digit and reads birth date and gender', () => {
    const n = withCheck('44010619800101001');
    expect(parseIdNumber(n, TODAY)).toEqual({
      ok: true,
      value: { number: n, kind: 'resident', birthDate: '1980-01-01', gender: '1' },
    });
  });
  it('knows the textbook example 11010519491231002X (female)', () => {
    const r = parseIdNumber('11010519491231002x', TODAY);
    expect(r.ok && r.value).toMatchObject({ number: '11010519491231002X', gender: '2' });
  });
  it('refuses a wrong check digit', () => {
    const n = withCheck('44010619800101001');
    const wrong = n.slice(0, 17) + (n[17] === '1' ? '2' : '1');
    expect(parseIdNumber(wrong, TODAY)).toEqual({ ok: false, problem: 'checksum' });
  });
  it.each([
    ['', 'empty'],
    ['4401061980010100', 'length'],
    ['44010619800101001', 'length'],
    ['4401061980010100１a', 'characters'],
    ['4401061980010100😀', 'characters'],
    ['<script>alert(1)</script>', 'characters'],
  ])('refuses %j as %s', (raw, problem) => {
    expect(parseIdNumber(raw, TODAY)).toEqual({ ok: false, problem });
  });
  it('refuses impossible and future birth dates', () => {
    expect(parseIdNumber(withCheck('44010619800230001'), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseIdNumber(withCheck('44010620300101001'), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
  });
  it('recognises 港澳台 permits and the 2023 foreigner card by prefix', () => {
    expect(parseIdNumber(withCheck('81000019900101002'), TODAY)).toMatchObject({
      value: { kind: 'hkmo-permit' },
    });
    expect(parseIdNumber(withCheck('82000019900101002'), TODAY)).toMatchObject({
      value: { kind: 'hkmo-permit' },
    });
    expect(parseIdNumber(withCheck('83000019900101002'), TODAY)).toMatchObject({
      value: { kind: 'tw-permit' },
    });
    expect(parseIdNumber(withCheck('94484019900101003'), TODAY)).toMatchObject({
      value: { kind: 'foreigner-2023', gender: '1' },
    });
    expect(parseIdNumber('USA440019900', TODAY)).toEqual({ ok: false, problem: 'characters' });
    expect(parseIdNumber('USA440090010112', TODAY)).toMatchObject({ value: { kind: 'foreigner-2017' } });
  });
  it('normalises full-width digits, spaces and lower-case x', () => {
    expect(normalizeIdNumber(' １１０１ 0519491231002x ')).toBe('11010519491231002X');
  });
});

describe('ageOn, masks', () => {
  it('counts whole years', () => {
    expect(ageOn('2020-11-22', TODAY)).toBe(6);
    expect(ageOn('2020-11-23', TODAY)).toBe(5);
  });
  it('masks ids and names', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('𠀀明')).toBe('𠀀*');
  });
});
