import { describe, expect, it } from 'vitest';
import { renderScene } from '../tests/fixtures/camera/document-scene';
import { decodeForAnalysis } from './analysis-image';
import { findPageBounds } from './page-bounds';
import { checkQuality, judgeQuality } from './quality-check';
import { DEFAULT_QUALITY_THRESHOLDS, QualityThresholdsSchema } from './quality-thresholds';
import { fixture } from '../tests/support/media-images';

async function verdictOf(jpeg: Uint8Array) {
  const a = await decodeForAnalysis(jpeg);
  return checkQuality(a.grey, findPageBounds(a.grey), DEFAULT_QUALITY_THRESHOLDS);
}

describe('quality checks on the committed fixtures', () => {
  it.each(['page-sharp.jpg', 'page-soft.jpg', 'page-sparse.jpg', 'page-full-frame.jpg'])(
    'accepts %s',
    async (name) => {
      const v = await verdictOf(fixture(name));
      expect(v.ok, JSON.stringify(v.metrics)).toBe(true);
    },
  );

  it.each([
    ['page-blurred.jpg', 'blurred'],
    ['page-dark.jpg', 'too-dark'],
    ['page-overexposed.jpg', 'overexposed'],
    ['page-blank.jpg', 'blank'],
  ] as const)('refuses %s as %s', async (name, problem) => {
    const v = await verdictOf(fixture(name));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toBe(problem);
  });

  it('measures the same scene alike whatever the camera resolution (focus within a factor of 2)', async () => {
    const small = await verdictOf(await renderScene({ width: 1280, variant: 'sharp' }));
    const large = await verdictOf(await renderScene({ width: 2048, variant: 'sharp' }));
    const ratio = small.metrics!.focus / large.metrics!.focus;
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('focus boundary (σ sweep of the focus blur, 1280-px frames)', () => {
  it.each([
    ['sharp', 0.8],
    ['sharp', 1.4],
    ['sparse', 1.1],
  ] as const)('accepts a %s page at σ %f (still legible)', async (variant, focusSigma) => {
    const v = await verdictOf(await renderScene({ width: 1280, variant, focusSigma }));
    expect(v.ok, JSON.stringify(v.metrics)).toBe(true);
  });

  it.each([
    ['sharp', 1.8],
    ['sharp', 2.5],
    ['sparse', 1.8],
  ] as const)('refuses a %s page at σ %f as blurred', async (variant, focusSigma) => {
    const v = await verdictOf(await renderScene({ width: 1280, variant, focusSigma }));
    expect(v.ok ? 'ok' : v.problem).toBe('blurred');
  });
});

describe('judgeQuality', () => {
  const good = {
    meanLuma: 220,
    whiteLevel: 240,
    blackLevel: 60,
    saturatedFraction: 0.01,
    laplacianVariance: 2000,
    edgeDensity: 0.1,
    focus: 100,
    inkFraction: 0.05,
    analysedWidth: 400,
    analysedHeight: 500,
  };
  it('checks light before content before focus', () => {
    const t = DEFAULT_QUALITY_THRESHOLDS;
    expect(judgeQuality(good, t).ok).toBe(true);
    const bad = { ...good, whiteLevel: 50, inkFraction: 0, focus: 0 };
    expect(judgeQuality(bad, t)).toMatchObject({ ok: false, problem: 'too-dark' });
    expect(
      judgeQuality({ ...bad, whiteLevel: 255, saturatedFraction: 0.9, blackLevel: 200, focus: 100 }, t),
    ).toMatchObject({
      problem: 'overexposed',
    });
    expect(judgeQuality({ ...bad, whiteLevel: 240 }, t)).toMatchObject({ problem: 'blank' });
    expect(judgeQuality({ ...bad, whiteLevel: 240, inkFraction: 0.05 }, t)).toMatchObject({
      problem: 'blurred',
    });
  });

  it('accepts white paper clipped to 255 while the print stays dark (document-mode cameras)', () => {
    const t = DEFAULT_QUALITY_THRESHOLDS;
    expect(judgeQuality({ ...good, whiteLevel: 255, saturatedFraction: 0.68, blackLevel: 133 }, t).ok).toBe(
      true,
    );
    expect(
      judgeQuality({ ...good, whiteLevel: 255, saturatedFraction: 0.68, blackLevel: 190 }, t),
    ).toMatchObject({
      problem: 'overexposed',
    });
    // The same bright page with soft edges is out of focus, not overexposed (blurred fake-camera frame).
    expect(
      judgeQuality({ ...good, whiteLevel: 255, saturatedFraction: 0.59, blackLevel: 191, focus: 10 }, t),
    ).toMatchObject({
      problem: 'blurred',
    });
  });

  it('thresholds from a settings file are validated by the schema', () => {
    expect(QualityThresholdsSchema.parse(DEFAULT_QUALITY_THRESHOLDS)).toEqual(DEFAULT_QUALITY_THRESHOLDS);
    expect(
      QualityThresholdsSchema.safeParse({ ...DEFAULT_QUALITY_THRESHOLDS, maxSaturatedFraction: 2 }).success,
    ).toBe(false);
    expect(QualityThresholdsSchema.safeParse({ minWhiteLevel: 100 }).success).toBe(false);
  });
});
