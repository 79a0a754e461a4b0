import { z } from 'zod';
import type { ClientFrame } from '../api/ws-protocol';

/** A frame from a page; anything else is dropped (the renderer is untrusted). */
const ClientFrameSchema = z.object({
  kind: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  args: z.unknown(),
});

/**
 * One WebSocket message from a page → the call it carries, or null when it is not one (not UTF-8 JSON, not
 * a call frame). Never throws: a malformed frame has no valid id, so there is nobody to answer.
 * Size is bounded before this by the socket's maxPayload (WS_MAX_FRAME_BYTES).
 */
export function decodeClientFrame(data: Buffer): ClientFrame | null {
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch {
    return null;
  }
  const frame = ClientFrameSchema.safeParse(json);
  return frame.success ? frame.data : null;
}
