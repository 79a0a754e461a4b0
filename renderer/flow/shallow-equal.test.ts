import { describe, expect, it } from 'vitest';
import { shallowEqual } from './shallow-equal';

describe('shallowEqual', () => {
  it('takes fresh objects with the same fields as equal', () => {
    const def = { id: 'enroll' };
    expect(shallowEqual({ problem: null, def }, { problem: null, def })).toBe(true);
    expect(shallowEqual(1, 1)).toBe(true);
    expect(shallowEqual(NaN, NaN)).toBe(true);
  });

  it('tells a changed, added or removed field, and compares nested values by identity', () => {
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(shallowEqual({ a: { x: 1 } }, { a: { x: 1 } })).toBe(false);
  });

  it('takes arrays, instances and mixed kinds as equal only when identical', () => {
    expect(shallowEqual([1], [1])).toBe(false);
    expect(shallowEqual(new Date(0), new Date(0))).toBe(false);
    expect(shallowEqual({}, null)).toBe(false);
    expect(shallowEqual('1', 1)).toBe(false);
  });
});
