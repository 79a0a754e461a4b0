import { describe, expect, it } from 'vitest';
import { createTapCounter } from './tap-counter';

describe('the hidden admin gesture', () => {
  it('opens on the fifth tap within 3 s, then starts over', () => {
    const c = createTapCounter(5, 3_000);
    expect([0, 500, 1000, 1500].map((t) => c.tap(t))).toEqual([false, false, false, false]);
    expect(c.tap(2900)).toBe(true);
    expect(c.tap(3000)).toBe(false);
  });

  it('does not open when the taps are spread over more than 3 s', () => {
    const c = createTapCounter(5, 3_000);
    expect([0, 1000, 2000, 2999, 3500].map((t) => c.tap(t))).toEqual([false, false, false, false, false]);
    expect(c.tap(3900)).toBe(true); // 1000, 2000, 2999, 3500, 3900: five taps within 3 s
  });
});
