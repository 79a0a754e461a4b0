import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { mimeTypeOf } from './mime-types';

/**
 * Answers one kiosk:// request from the built renderer folder, as a plain function (tested without Electron).
 * - a file with an extension is served with its own bytes and content type, or 404 if it is not there;
 * - a path without an extension is a screen of the single-page app: index.html;
 * - anything that could name a file outside the folder (encoded slashes or backslashes, NUL, dot segments
 *   that survive URL parsing, empty segments such as `//etc/passwd`) is refused with 403 before the file
 *   system is asked, and the resolved path is checked to be inside the folder as well.
 */
export const APP_HOST = 'app';

type Resolved =
  Readonly<{ kind: 'file'; path: string }> | Readonly<{ kind: 'refused'; status: 400 | 403 | 404 }>;

/** A '.' or '..' segment, literal or percent-encoded, in the path of the URL as it was written. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

export function resolveRendererPath(rendererDir: string, requestUrl: string): Resolved {
  // URL parsing silently clamps `../` at the root; a request that tries it is refused, not redirected.
  const pathPart = requestUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  if (DOT_SEGMENT.test(pathPart)) return { kind: 'refused', status: 403 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.host !== APP_HOST) return { kind: 'refused', status: 404 };
  const raw = url.pathname;
  if (/%(2f|5c|00)/i.test(raw)) return { kind: 'refused', status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (/[\\\0:]/.test(decoded)) return { kind: 'refused', status: 403 };
  const segments = decoded.split('/').slice(1);
  if (segments.slice(0, -1).some((s) => s === '' || s === '.' || s === '..') || segments.at(-1) === '..') {
    return { kind: 'refused', status: 403 };
  }
  const root = resolve(rendererDir);
  const last = segments.at(-1) ?? '';
  if (last === '' || extname(last) === '') return { kind: 'file', path: resolve(root, 'index.html') };
  const path = resolve(root, ...segments);
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { kind: 'refused', status: 403 };
  return { kind: 'file', path };
}

export async function rendererResponse(
  rendererDir: string,
  requestUrl: string,
  csp: string,
): Promise<Response> {
  const headers = new Headers({ 'content-security-policy': csp, 'x-content-type-options': 'nosniff' });
  const target = resolveRendererPath(rendererDir, requestUrl);
  if (target.kind === 'refused') return new Response(null, { status: target.status, headers });
  let bytes: Buffer;
  try {
    bytes = await readFile(target.path);
  } catch {
    return new Response(null, { status: 404, headers });
  }
  headers.set('content-type', mimeTypeOf(extname(target.path)));
  headers.set('cache-control', target.path.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000');
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}
