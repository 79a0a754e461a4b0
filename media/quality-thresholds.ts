import { z } from 'zod';

/**
 * Limits a captured frame must meet before it is accepted. They live in the kiosk's settings file so a
 * technician can adapt them to a particular camera and lamp without a rebuild.
 *
 * How the defaults were chosen: `npx tsx scripts/media/calibrate-thresholds.ts` measures frames made by
 * tests/fixtures/camera/document-scene.ts at 1280×960 and 3264×2448 (the same scene at both sizes; focus
 * blur σ is in pixels of a 1280-px frame). Ranges over both sizes:
 *
 * | frame                                   | whiteLevel | saturated   | inkFraction   | focus     |
 * |-----------------------------------------|-----------:|------------:|--------------:|----------:|
 * | sharp form (σ 0.5)                      | 241–244    | 0.001–0.017 | 0.067–0.071   | 150–193   |
 * | sparse letter (σ 0.5)                   | 240–242    | ≤ 0.001     | 0.016–0.017   | 167–211   |
 * | page filling the frame (no desk)        | 240–242    | 0.003–0.012 | 0.082         | 135–161   |
 * | σ 1.1 ("soft": legible)                 | 241        | 0           | 0.013–0.053   | 61–93     |
 * | σ 1.4 (legible, a little soft)          | 241        | 0           | 0.012–0.031   | 38–42     |
 * | σ 1.6 (small Chinese text hard to read) | 239–240    | 0           | 0.011–0.029   | 28–37     |
 * | σ 1.8 (small Chinese text illegible)    | 239–245    | 0           | 0.011–0.025   | 20–22     |
 * | blurred (σ 3.2)                         | 240–242    | 0           | 0.010–0.011   | 6–10      |
 * | dark (exposure ×0.24)                   | 58–59      | 0           | 0.46          | (94–130)  |
 * | overexposed (×2.4 + 30, clipped)        | 254–255    | 0.84–0.91   | 0.003–0.005   | (190–212) |
 * | blank sheet                             | 240–241    | 0           | 0             | 0         |
 *
 * Each limit sits between the worst frame that must pass and the best that must fail:
 * - minWhiteLevel 100: the paper must read at least 100/255 (dark 59, good frames ≥ 239).
 * - maxSaturatedFraction 0.5 together with minWashedOutBlackLevel 170: a page is overexposed when more than
 *   half of it is clipped white AND its darkest print has faded (2nd-percentile luma ≥ 170). Clipped paper
 *   alone is normal: document cameras in "document mode", and Chromium's fake camera (limited → full range),
 *   turn white paper into 255 while the text stays dark (sharp page through the fake camera: saturated 0.68,
 *   blackLevel 133, accepted; overexposed fixture: saturated 0.84, blackLevel 196, refused).
 * - minInkFraction 0.002: some print on the page (blank 0; a sparse letter ≥ 0.0098 even out of focus).
 * - minFocus 30: σ 1.8 (≤ 22) must fail, σ 1.4 (≥ 38) must pass; σ 1.6 falls either side, as its
 *   legibility does. The focus measure falls as 1/σ², so the boundary is sharp. media/quality-check.test.ts
 *   sweeps σ to keep it honest.
 */
export const QualityThresholdsSchema = z.object({
  /** 95th-percentile luma of the page (the paper's brightness) must reach this, 0–255. */
  minWhiteLevel: z.number().min(0).max(255),
  /** Share of page pixels clipped at ≥ 250 above which the page may be overexposed, 0–1. */
  maxSaturatedFraction: z.number().min(0).max(1),
  /** …and it is, when even its darkest print (2nd-percentile luma) is at least this light, 0–255. */
  minWashedOutBlackLevel: z.number().min(0).max(255),
  /** Share of page pixels clearly darker than the paper must reach this, 0–1; below it the page is blank. */
  minInkFraction: z.number().min(0).max(1),
  /** The focus measure (ImageMetrics.focus) must reach this; below it the photo is blurred. */
  minFocus: z.number().min(0),
});

export type QualityThresholds = z.infer<typeof QualityThresholdsSchema>;

export const DEFAULT_QUALITY_THRESHOLDS: QualityThresholds = Object.freeze({
  minWhiteLevel: 100,
  maxSaturatedFraction: 0.5,
  minWashedOutBlackLevel: 170,
  minInkFraction: 0.002,
  minFocus: 30,
});
