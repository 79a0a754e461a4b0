import { describe, expect, it } from 'vitest';
import { mediansOf } from '../../tests/support/pen-strokes';
import { endsLikeEnclosure, lastStrokesFirst } from './stroke-orders';

const drawn = (char: string) => {
  const medians = mediansOf(char);
  if (!medians) throw new Error(`no medians for ${char}`);
  return medians;
};

describe('endsLikeEnclosure', () => {
  it('tells a drawing ending in 辶 or 廴, written in the standard order', () => {
    for (const char of ['过', '边', '道', '这', '建', '延'])
      expect(endsLikeEnclosure(drawn(char)), char).toBe(true);
  });

  it('leaves characters that end otherwise alone, also those ending in a bottom 一', () => {
    for (const char of ['日', '五', '且', '山', '女', '国', '对', '之', '辶']) {
      expect(endsLikeEnclosure(drawn(char)), char).toBe(false);
    }
  });

  it('ignores empty strokes and has nothing to say about a dot or a line', () => {
    expect(endsLikeEnclosure([...drawn('过'), []])).toBe(true);
    expect(endsLikeEnclosure([])).toBe(false);
    expect(endsLikeEnclosure([[[0, 0]], [[0, 0]], [[0, 0]], [[0, 0]]])).toBe(false);
  });
});

describe('lastStrokesFirst', () => {
  const a: [number, number][] = [[1, 1]];
  const b: [number, number][] = [[2, 2]];
  const c: [number, number][] = [[3, 3]];
  const d: [number, number][] = [[4, 4]];

  it('moves the last strokes, in their order, to the front', () => {
    expect(lastStrokesFirst([a, b, c, d], 3)).toEqual([b, c, d, a]);
    expect(lastStrokesFirst([a, b, c, d], 1)).toEqual([d, a, b, c]);
  });

  it('changes nothing when there is nothing to move past', () => {
    expect(lastStrokesFirst([a, b, c], 3)).toEqual([a, b, c]);
    expect(lastStrokesFirst([a, b], 0)).toEqual([a, b]);
  });
});
