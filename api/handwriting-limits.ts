/**
 * Bounds of a handwriting call (手写), shared by the schemas and the pane; free of zod. The renderer is untrusted: a drawing is bounded in strokes, points
 * per stroke, points in all and coordinates, so no call can make the recognizer helper chew on megabytes.
 * A character has at most ~30 strokes; a finger stroke sampled at 60 Hz for a few seconds stays far below
 * the per-stroke cap once the pane drops points closer than a pixel or two.
 */
export const HANDWRITING_LIMITS = {
  maxStrokes: 40,
  maxPointsPerStroke: 400,
  maxPoints: 4000,
  /** The drawing area in CSS pixels: bigger than any kiosk screen, smaller than anything absurd. */
  minSide: 16,
  maxSide: 4096,
  maxCandidates: 20,
  maxConvertTexts: 40,
  maxConvertLength: 16,
} as const;
