import { describe, expect, it } from 'vitest';
import { clampPoint, extendStroke, startStroke } from './handwriting-strokes';
import { createNextCharacters } from './next-characters';
import { HANDWRITING_LIMITS } from '../../api/handwriting-limits';

describe('createNextCharacters', () => {
  const next = createNextCharacters({
    ren: ":人50|min:人民60|min'zheng'fu:人民政府40|kou:人口55|men:人们58",
    guang: ':广40|zhou:广州70|dong:广东65',
  });

  it('offers the characters that follow, by the most frequent word they continue', () => {
    expect(next('人')).toEqual(['民', '们', '口']);
    expect(next('广', 1)).toEqual(['州']);
  });

  it('offers nothing for a character that starts no word', () => {
    expect(next('州')).toEqual([]);
  });
});

describe('handwriting strokes', () => {
  it('clamps a finger sliding off the pad to its edge', () => {
    expect(clampPoint(-5, 20.4, 100, 80)).toEqual([0, 20]);
    expect(clampPoint(150, 90, 100, 80)).toEqual([100, 80]);
  });

  it('ignores moves of less than two pixels', () => {
    const s = startStroke([], [10, 10]);
    expect(extendStroke(s, [11, 10])).toEqual([[[10, 10]]]);
    expect(extendStroke(s, [13, 10])).toEqual([
      [
        [10, 10],
        [13, 10],
      ],
    ]);
  });

  it('stops growing at the limits the Node side enforces', () => {
    let strokes = startStroke([], [0, 0]);
    for (let i = 1; i < HANDWRITING_LIMITS.maxPointsPerStroke + 10; i++)
      strokes = extendStroke(strokes, [i * 3, 0]);
    expect(strokes[0]).toHaveLength(HANDWRITING_LIMITS.maxPointsPerStroke);
    let many = startStroke([], [0, 0]);
    for (let i = 0; i < HANDWRITING_LIMITS.maxStrokes + 5; i++) many = startStroke(many, [i, i]);
    expect(many).toHaveLength(HANDWRITING_LIMITS.maxStrokes);
  });
});
