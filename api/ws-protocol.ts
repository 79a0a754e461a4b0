/** Frames of the browser host's WebSocket transport (`/api`). One JSON object per message. */
export type ClientFrame = { kind: 'call'; id: number; method: string; args: unknown };

export type ServerFrame = { kind: 'result'; id: number; result: unknown } | { kind: 'event'; event: unknown };

export const WS_API_PATH = '/api';
/** Largest frame the host accepts: a full-resolution photo as base64 plus headroom. */
export const WS_MAX_FRAME_BYTES = 24 * 1024 * 1024;
