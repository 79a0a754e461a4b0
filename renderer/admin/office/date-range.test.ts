import { describe, expect, it } from 'vitest';
import { todayText } from './date-range';

describe('the back office’s default day', () => {
  it('is the kiosk’s day (China time), not the screen machine’s: 00:30 on 2 December in Guangzhou', () => {
    expect(todayText(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(todayText(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-01');
  });
});
