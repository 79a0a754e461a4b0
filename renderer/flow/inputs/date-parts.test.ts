import { describe, expect, it } from 'vitest';
import { rangeOf, startingDay, step } from './date-parts';
import { groupDigits } from './group-digits';

describe('the date picker’s steps', () => {
  const birth = rangeOf('2026-11-22', { yearsBack: 120, yearsAhead: 0 });
  const filing = rangeOf('2026-11-22', { yearsBack: 1, yearsAhead: 1 });

  it('bounds come from the item: a birth date never after today, a 备案 a year either side', () => {
    expect(birth).toEqual({ min: '1906-01-01', max: '2026-11-22' });
    expect(filing).toEqual({ min: '2025-01-01', max: '2027-12-31' });
    expect(step('2026-11-22', 'day', 1, birth)).toBe('2026-11-22');
    expect(step('2025-01-01', 'month', -1, filing)).toBe('2025-01-01');
  });

  it('steps days across months and years, and keeps a month’s last day inside the month', () => {
    expect(step('2026-11-30', 'day', 1, filing)).toBe('2026-12-01');
    expect(step('2026-12-31', 'day', 1, filing)).toBe('2027-01-01');
    expect(step('2027-01-31', 'month', 1, filing)).toBe('2027-02-28');
    expect(step('2024-02-29', 'year', 1, birth)).toBe('2025-02-28');
    expect(step('2026-01-15', 'month', -1, filing)).toBe('2025-12-15');
  });

  it('an empty picker starts at today, or the nearest end when today is outside', () => {
    expect(startingDay('2026-11-22', filing)).toBe('2026-11-22');
    expect(startingDay('2026-11-22', rangeOf('2026-11-22', { yearsBack: 0, yearsAhead: 2 }))).toBe(
      '2026-11-22',
    );
    expect(startingDay('2030-01-01', birth)).toBe('2026-11-22');
  });
});

describe('the number pad readout', () => {
  it('groups a phone 3-4-4, an ID number 6-8-4 and a bank account in fours, as typed so far', () => {
    expect(groupDigits('phone', '13800138000')).toEqual(['138', '0013', '8000']);
    expect(groupDigits('phone', '13800')).toEqual(['138', '00']);
    expect(groupDigits('idNumber', '44098119950123151X')).toEqual(['440981', '19950123', '151X']);
    expect(groupDigits('bankAccount', '6222020200112233445')).toEqual([
      '6222',
      '0202',
      '0011',
      '2233',
      '445',
    ]);
    expect(groupDigits('phone', '')).toEqual([]);
  });
});
