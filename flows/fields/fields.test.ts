import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../../domain/id-number';
import { bankAccount } from './bank-account';
import { choiceField } from './choice';
import { addMonths, dateField } from './date';
import type { FieldType } from './field-type';
import { idNumberField } from './id-number-field';
import { mobilePhone } from './phone';
import { regionField } from './region';
import { personName, textField } from './text';

const ctx = { today: new Date('2026-11-22T10:00:00+08:00') };
const check = (type: FieldType, raw: string) => type.problem(type.normalize(raw), ctx);
const valid = '44010619600315003' + idCheckDigit('44010619600315003');

describe('证件号码', () => {
  it.each([
    [valid, null],
    ['11010519491231002x', null], // lower-case x is normalised, not refused
    [valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'), 'idNumber.checksum'],
    [valid.slice(0, 17), 'idNumber.length'],
    ['44010619600315ABCD', 'idNumber.characters'],
    ['4401061960031500😀', 'idNumber.characters'],
    ['<script>alert(1)</script>', 'idNumber.characters'],
  ])('%j → %s', (raw, problem) => expect(check(idNumberField, raw)).toBe(problem));
});

describe('联系电话', () => {
  it.each([
    ['13800138000', null],
    ['+86 138-0013-8000', null],
    ['１３８００１３８０００', null],
    ['12800138000', 'phone.prefix'],
    ['1380013800', 'phone.length'],
    ['1380013800a', 'phone.characters'],
  ])('%j → %s', (raw, problem) => expect(check(mobilePhone, raw)).toBe(problem));
});

describe('free text', () => {
  const address = textField(100);
  it('keeps HTML as plain text (it is rendered as text, never markup)', () => {
    expect(check(address, '<img src=x onerror=alert(1)>')).toBeNull();
  });
  it('trims the ends only: inner spaces stay exactly as typed', () => {
    expect(address.normalize('  ZHANG  SAN ')).toBe('ZHANG  SAN');
    expect(address.normalize('  广州市\n天河区  ')).toBe('广州市\n天河区');
    expect(check(address, '  广州市\n天河区  ')).toBe('text.characters'); // a line break is refused, not folded
  });
  it('refuses 2,000 characters, emoji and control characters', () => {
    expect(check(address, '路'.repeat(2000))).toBe('text.tooLong');
    expect(check(address, '广州市😀')).toBe('text.emoji');
    expect(address.problem('a\u0007b', ctx)).toBe('text.characters');
  });
  it('counts characters, not UTF-16 units, so rare characters are not double counted', () => {
    expect(check(textField(2), '𠀀𠀁')).toBeNull();
  });
});

describe('names, bank accounts, dates, choices, regions', () => {
  it('accepts Chinese names with rare characters and the middle dot, refuses digits', () => {
    expect(check(personName, '买买提·艾力')).toBeNull();
    expect(check(personName, '李䶮')).toBeNull();
    expect(check(personName, '张3')).toBe('name.characters');
  });
  it('bank accounts are 12–30 digits', () => {
    expect(check(bankAccount, '6222 0202 0011 2233 445')).toBeNull();
    expect(check(bankAccount, '62220202')).toBe('bankAccount.length');
    expect(check(bankAccount, '6222O20200112233')).toBe('bankAccount.characters');
  });
  it('dates must be real', () => {
    expect(check(dateField, '2026年1月5日')).toBeNull();
    expect(check(dateField, '2026-02-30')).toBe('date.invalid');
    expect(check(dateField, 'tomorrow')).toBe('date.format');
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
  });
  it('choices must be one of the codes', () => {
    expect(check(choiceField(['390', '310']), '390')).toBeNull();
    expect(check(choiceField(['390', '310']), '999')).toBe('choice.unknown');
  });
  it('regions must be a county-level code; 港澳台 only where allowed', () => {
    expect(check(regionField(false), '440106')).toBeNull();
    expect(check(regionField(false), '440100')).toBe('region.incomplete');
    expect(check(regionField(false), '810000')).toBe('region.incomplete');
    expect(check(regionField(true), '810000')).toBeNull();
  });
});
