import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { HOST_TOKEN_META } from '../api/ws-protocol';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ogg': 'audio/ogg',
  '.ico': 'image/x-icon',
};

/** Same policy the Electron shell sets: only our own scripts, our own API socket, local camera and images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built renderer; unknown paths get index.html (the app routes on its own), with this launch's API
 * token written into it (api/ws-protocol.ts). index.html is never cached, so a page always has the current one.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, token: string): void {
  const url = new URL(req.url ?? '/', 'http://host');
  const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
  const insideRoot = wanted === root || wanted.startsWith(root.endsWith(sep) ? root : root + sep);
  const found = insideRoot && existsSync(wanted) ? statSync(wanted) : null;
  const file = found?.isFile() ? wanted : join(root, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The kiosk screens are not built yet: run `npm run build`.');
    return;
  }
  const isIndex = file.endsWith('index.html');
  const size = found?.isFile() ? found.size : 0;
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (isIndex) res.end(withToken(readFileSync(file, 'utf8'), token));
  else if (size <= WHOLE_READ_MAX_BYTES) res.end(readFileSync(file));
  else createReadStream(file).pipe(res);
}

/**
 * Files up to this size (the scripts, styles and voice clips; the pinyin table is 1.7 MB) are read at once and
 * sent in one write: a read stream takes a libuv thread-pool round trip and an event-loop turn per 64 KiB, and
 * on a busy kiosk those turns, not loopback, held the page's bundle back (the home screen waited on it). Only
 * the 生僻字 fonts (tens of MB, fetched only when a rare character is drawn) are streamed.
 */
const WHOLE_READ_MAX_BYTES = 4 * 1024 * 1024;

/** The token is base64url (no quotes or angle brackets), so it goes into the attribute as it is. */
function withToken(html: string, token: string): string {
  const meta = `<meta name="${HOST_TOKEN_META}" content="${token}" />`;
  return html.includes('</head>') ? html.replace('</head>', `${meta}</head>`) : `${meta}${html}`;
}
