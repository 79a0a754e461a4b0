/**
 * The line protocol of the handwriting helper (helper/zinnia-recognize.cc): one JSON object per line each
 * way. Requests carry integer points in the recognizer's box; replies are matched to requests by id.
 */
import { z } from 'zod';
import type { Stroke } from './normalise-strokes';

export type HelperRequest = Readonly<{
  id: number;
  width: number;
  height: number;
  limit: number;
  strokes: readonly Stroke[];
}>;

export type HelperReply =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'candidates'; id: number; candidates: { text: string; score: number }[] }
  | { kind: 'error'; id: number; message: string }
  | { kind: 'garbled'; line: string };

/** The helper's parser reads exactly this shape, integers only; keep the key order and spelling. */
export function encodeRequest(request: HelperRequest): string {
  const strokes = request.strokes.map((s) => s.map(([x, y]) => [Math.round(x), Math.round(y)]));
  return `${JSON.stringify({
    id: request.id,
    width: request.width,
    height: request.height,
    limit: request.limit,
    strokes,
  })}\n`;
}

const Line = z.union([
  z.object({ ready: z.literal(true) }),
  z.object({ fatal: z.string() }),
  z.object({ id: z.number().int(), candidates: z.array(z.tuple([z.string().min(1), z.number()])) }),
  z.object({ id: z.number().int(), error: z.string() }),
]);

export function parseReply(line: string): HelperReply {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'garbled', line: line.slice(0, 200) };
  }
  const parsed = Line.safeParse(json);
  if (!parsed.success) return { kind: 'garbled', line: line.slice(0, 200) };
  const value = parsed.data;
  if ('ready' in value) return { kind: 'ready' };
  if ('fatal' in value) return { kind: 'fatal', message: value.fatal };
  if ('error' in value) return { kind: 'error', id: value.id, message: value.error };
  return {
    kind: 'candidates',
    id: value.id,
    candidates: value.candidates.map(([text, score]) => ({ text, score })),
  };
}
