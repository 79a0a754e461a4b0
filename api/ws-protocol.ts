/** Frames of the browser host's WebSocket transport (`/api`). One JSON object per message. */
export type ClientFrame = { kind: 'call'; id: number; method: string; args: unknown };

export type ServerFrame = { kind: 'result'; id: number; result: unknown } | { kind: 'event'; event: unknown };

export const WS_API_PATH = '/api';
/** Largest frame the host accepts: a full-resolution photo as base64 plus headroom. */
export const WS_MAX_FRAME_BYTES = 24 * 1024 * 1024;

/**
 * The browser host makes a random token per launch and writes it into the index.html it serves as
 * `<meta name="zizhu-host-token" content="…">`; the page sends it back as the `token` query parameter of the
 * WebSocket URL. Only a page the host itself served can know it.
 */
export const HOST_TOKEN_META = 'zizhu-host-token';
export const HOST_TOKEN_PARAM = 'token';

/** `ws://127.0.0.1:5780/api?token=…` for a page served from `http://127.0.0.1:5780`. */
export function apiSocketUrl(pageOrigin: string, token: string): string {
  const origin = pageOrigin.replace(/\/+$/, '').replace(/^http/, 'ws');
  return `${origin}${WS_API_PATH}?${HOST_TOKEN_PARAM}=${encodeURIComponent(token)}`;
}
