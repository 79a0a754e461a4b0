import { z } from 'zod';
import { HANDWRITING_LIMITS } from './handwriting-limits';
import { LANGUAGES } from './languages';
import { SessionId } from './wizard-schemas';

/** Schemas of the handwriting calls (手写); the bounds are HANDWRITING_LIMITS. */
const L = HANDWRITING_LIMITS;

export const PointSchema = z.tuple([
  z.number().finite().min(0).max(L.maxSide),
  z.number().finite().min(0).max(L.maxSide),
]);
export const StrokeSchema = z.array(PointSchema).min(1).max(L.maxPointsPerStroke);

export const RecognizeArgsSchema = z
  .object({
    sessionId: SessionId,
    strokes: z.array(StrokeSchema).min(1).max(L.maxStrokes),
    width: z.number().int().min(L.minSide).max(L.maxSide),
    height: z.number().int().min(L.minSide).max(L.maxSide),
    /** Candidates come back in this language's script: traditional for zh-TW, simplified otherwise. */
    language: z.enum(LANGUAGES),
    limit: z.number().int().min(1).max(L.maxCandidates).default(10),
  })
  .strict()
  .superRefine((args, ctx) => {
    const points = args.strokes.reduce((n, s) => n + s.length, 0);
    if (points > L.maxPoints)
      ctx.addIssue({ code: 'custom', path: ['strokes'], message: `over ${L.maxPoints} points` });
    args.strokes.forEach((stroke, s) =>
      stroke.forEach(([x, y], p) => {
        if (x > args.width || y > args.height) {
          ctx.addIssue({
            code: 'custom',
            path: ['strokes', s, p],
            message: 'point outside the drawing area',
          });
        }
      }),
    );
  });

export const RecognizeResultSchema = z.object({
  /**
   * Best first, no duplicates: `text` in the script of the requested language, `simplified` as the model
   * knows it (the renderer looks up what usually follows by it).
   */
  candidates: z
    .array(z.object({ text: z.string().min(1).max(8), simplified: z.string().min(1).max(8) }))
    .max(L.maxCandidates),
});

export const HandwritingStatusSchema = z.object({
  /** false when the recognizer (Zinnia and its model) is not installed: the keyboard offers pinyin only. */
  available: z.boolean(),
});

export const ConvertScriptArgsSchema = z
  .object({
    texts: z.array(z.string().min(1).max(L.maxConvertLength)).max(L.maxConvertTexts),
    language: z.enum(LANGUAGES),
  })
  .strict();

export const ConvertScriptResultSchema = z.object({ texts: z.array(z.string()) });
