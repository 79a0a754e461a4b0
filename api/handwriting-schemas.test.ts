import { describe, expect, it } from 'vitest';
import { HANDWRITING_LIMITS } from './handwriting-limits';
import type { KioskHandlers } from './kiosk-api';
import { dispatch } from './dispatch';
import { RecognizeArgsSchema } from './handwriting-schemas';

const base = { sessionId: 's1', width: 600, height: 400, language: 'zh-CN' as const };
const line = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [i % 600, 10]);

describe('input.recognize arguments (the renderer is untrusted)', () => {
  it('accepts a drawing within the bounds, with 10 candidates by default', () => {
    const parsed = RecognizeArgsSchema.parse({ ...base, strokes: [line(20), line(5)] });
    expect(parsed.limit).toBe(10);
  });

  it('refuses too many strokes', () => {
    const strokes = Array.from({ length: HANDWRITING_LIMITS.maxStrokes + 1 }, () => line(2));
    expect(RecognizeArgsSchema.safeParse({ ...base, strokes }).success).toBe(false);
  });

  it('refuses a stroke with too many points, and too many points in all', () => {
    expect(
      RecognizeArgsSchema.safeParse({ ...base, strokes: [line(HANDWRITING_LIMITS.maxPointsPerStroke + 1)] })
        .success,
    ).toBe(false);
    const perStroke = HANDWRITING_LIMITS.maxPointsPerStroke;
    const count = Math.ceil((HANDWRITING_LIMITS.maxPoints + 1) / perStroke);
    const strokes = Array.from({ length: count }, () => line(perStroke));
    expect(strokes.length).toBeLessThanOrEqual(HANDWRITING_LIMITS.maxStrokes);
    expect(RecognizeArgsSchema.safeParse({ ...base, strokes }).success).toBe(false);
  });

  it('refuses points outside the drawing area, negative or not numbers', () => {
    for (const point of [
      [601, 10],
      [10, 401],
      [-1, 10],
      [Number.NaN, 10],
      [10, Number.POSITIVE_INFINITY],
    ]) {
      expect(RecognizeArgsSchema.safeParse({ ...base, strokes: [[point]] }).success, String(point)).toBe(
        false,
      );
    }
  });

  it('refuses an empty drawing, an empty stroke, a point of three numbers and unknown keys', () => {
    expect(RecognizeArgsSchema.safeParse({ ...base, strokes: [] }).success).toBe(false);
    expect(RecognizeArgsSchema.safeParse({ ...base, strokes: [[]] }).success).toBe(false);
    expect(RecognizeArgsSchema.safeParse({ ...base, strokes: [[[1, 2, 3]]] }).success).toBe(false);
    expect(RecognizeArgsSchema.safeParse({ ...base, strokes: [line(2)], extra: 1 }).success).toBe(false);
  });

  it('refuses a drawing area smaller than a key or larger than any screen', () => {
    expect(RecognizeArgsSchema.safeParse({ ...base, width: 8, strokes: [[[1, 1]]] }).success).toBe(false);
    expect(RecognizeArgsSchema.safeParse({ ...base, height: 5000, strokes: [[[1, 1]]] }).success).toBe(false);
  });
});

describe('input.recognize through dispatch', () => {
  it('answers bad-request for an oversized drawing before any handler runs', async () => {
    let ran = false;
    const handlers = {
      'input.recognize': async () => {
        ran = true;
        return { candidates: [] };
      },
    } as unknown as KioskHandlers;
    const strokes = Array.from({ length: HANDWRITING_LIMITS.maxStrokes + 1 }, () => line(2));
    const r = await dispatch(handlers, 'input.recognize', { ...base, strokes });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(ran).toBe(false);
    const fine = await dispatch(handlers, 'input.recognize', { ...base, strokes: [line(3)] });
    expect(fine).toEqual({ ok: true, value: { candidates: [] } });
    expect(ran).toBe(true);
  });
});
