import { z } from 'zod';

/** Frames of the browser host's WebSocket transport (`/api`). One JSON object per message. */
export const ClientFrame = z.object({
  kind: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  args: z.unknown(),
});
export type ClientFrame = z.infer<typeof ClientFrame>;

export type ServerFrame = { kind: 'result'; id: number; result: unknown } | { kind: 'event'; event: unknown };

export const WS_API_PATH = '/api';
/** Largest frame the host accepts: a full-resolution photo as base64 plus headroom. */
export const WS_MAX_FRAME_BYTES = 24 * 1024 * 1024;
