import { describe, expect, it } from 'vitest';
import { normaliseStrokes, RECOGNIZER_BOX, simplify } from './normalise-strokes';

describe('normaliseStrokes', () => {
  it('fits the ink into the middle of the box whatever its place and size on the pad', () => {
    // A small 十 in the top-left corner of a wide pad.
    const out = normaliseStrokes([
      [
        [10, 30],
        [50, 30],
      ],
      [
        [30, 10],
        [30, 50],
      ],
    ]);
    const xs = out.flat().map((p) => p[0]);
    const ys = out.flat().map((p) => p[1]);
    expect(Math.min(...xs)).toBe(100);
    expect(Math.max(...xs)).toBe(900);
    expect(Math.min(...ys)).toBe(100);
    expect(Math.max(...ys)).toBe(900);
  });

  it('keeps the aspect ratio: a horizontal stroke stays flat and centred', () => {
    const [stroke] = normaliseStrokes([
      [
        [0, 200],
        [400, 200],
      ],
    ]);
    expect(stroke).toEqual([
      [100, RECOGNIZER_BOX / 2],
      [900, RECOGNIZER_BOX / 2],
    ]);
  });

  it('drops a resting finger and straightens a wobble, keeping both ends', () => {
    const wobbly: [number, number][] = [];
    for (let x = 0; x <= 100; x++) wobbly.push([x, 50 + (x % 2 ? 0.5 : -0.5)]);
    wobbly.push([100, 50], [100, 50]);
    const [stroke] = normaliseStrokes([wobbly]);
    expect(stroke).toHaveLength(2);
    expect(stroke![0]![0]).toBe(100);
    expect(stroke![1]![0]).toBe(900);
  });

  it('keeps a real corner (横折) as a point of its own', () => {
    const [stroke] = normaliseStrokes([
      [
        [0, 0],
        [50, 0],
        [100, 0],
        [100, 50],
        [100, 100],
      ],
    ]);
    expect(stroke).toEqual([
      [100, 100],
      [900, 100],
      [900, 900],
    ]);
  });

  it('a tap (one point) is a stroke of one point in the middle', () => {
    expect(normaliseStrokes([[[40, 40]]])).toEqual([[[500, 500]]]);
  });

  it('an empty drawing stays empty', () => {
    expect(normaliseStrokes([])).toEqual([]);
  });
});

describe('simplify', () => {
  it('keeps points further than the tolerance from the chord', () => {
    const points: [number, number][] = [
      [0, 0],
      [50, 40],
      [100, 0],
    ];
    expect(simplify(points, 30)).toEqual(points);
    expect(simplify(points, 50)).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });
});
