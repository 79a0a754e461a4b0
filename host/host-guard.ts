import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HOST_TOKEN_PARAM } from '../api/ws-protocol';

/**
 * Who may talk to the browser host. It listens on loopback only, but any local web page can try: a page from
 * another site opening ws://127.0.0.1 (cross-site WebSocket hijacking), or a DNS-rebinding page whose host
 * name now points at 127.0.0.1. So HTTP requests must name the host by a loopback name (rebinding pages
 * cannot), and the API socket needs the host's own page origin plus the token only its own page was given.
 */
export type HostGuard = Readonly<{
  isOwnHost(req: IncomingMessage): boolean;
  mayOpenApiSocket(req: IncomingMessage): boolean;
}>;

export function createHostGuard(port: number, token: string): HostGuard {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const expected = Buffer.from(token);
  const tokenMatches = (given: string | null) => {
    if (given === null) return false;
    const bytes = Buffer.from(given);
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  };
  return {
    isOwnHost: (req) => hosts.has(req.headers.host ?? ''),
    mayOpenApiSocket: (req) => {
      const origin = req.headers.origin;
      if (origin === undefined || !origins.has(origin)) return false; // browsers always send it; tools may not
      const query = new URL(req.url ?? '/', 'http://host').searchParams;
      return tokenMatches(query.get(HOST_TOKEN_PARAM));
    },
  };
}
