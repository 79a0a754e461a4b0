import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { clampPage, pageOf } from './candidate-paging';

describe('candidate paging', () => {
  const items = ['广州', '光州', '光', '广', '逛', '咣', '胱', '垙', '洸', '俇'];

  it('slices pages and reports neighbours', () => {
    const first = pageOf(items, 0, 4);
    expect(first).toMatchObject({
      items: ['广州', '光州', '光', '广'],
      offset: 0,
      page: 0,
      pageCount: 3,
      hasPrevious: false,
      hasNext: true,
    });
    const last = pageOf(items, 2, 4);
    expect(last).toMatchObject({ items: ['洸', '俇'], offset: 8, hasPrevious: true, hasNext: false });
  });

  it('clamps a page that no longer exists', () => {
    expect(pageOf(items, 9, 4).page).toBe(2);
    expect(pageOf(items, -3, 4).page).toBe(0);
    expect(pageOf([], 2, 4)).toMatchObject({ items: [], page: 0, pageCount: 1, hasNext: false });
    expect(clampPage(0, 5, 4)).toBe(0);
  });

  it('refuses a page size below 1', () => {
    expect(() => pageOf(items, 0, 0)).toThrow(RangeError);
  });

  test.prop([fc.array(fc.nat(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 })])(
    'the pages together are the list, in order',
    (list, size) => {
      const first = pageOf(list, 0, size);
      const joined = Array.from({ length: first.pageCount }, (_, p) => pageOf(list, p, size).items).flat();
      expect(joined).toEqual(list);
    },
  );
});
