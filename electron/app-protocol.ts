import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../host/static-files';
import { APP_SCHEME } from './ipc-channels';

/** Must run before the app is ready: makes kiosk:// a standard, secure origin (camera needs a secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer under kiosk://app/ with the same CSP as the browser host. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const wanted = normalize(join(rendererDir, decodeURIComponent(pathname)));
    const file =
      wanted.startsWith(rendererDir + sep) && !pathname.endsWith('/')
        ? wanted
        : join(rendererDir, 'index.html');
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set(
      'content-security-policy',
      CONTENT_SECURITY_POLICY.replace(
        "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
        "connect-src 'self'",
      ),
    );
    return new Response(response.body, { status: response.status, headers });
  });
}
