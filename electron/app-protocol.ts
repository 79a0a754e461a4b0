import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../host/static-files';
import { APP_SCHEME } from './ipc-channels';
import { rendererResponse } from './renderer-files';

/** Must run before the app is ready: makes kiosk:// a standard, secure origin (camera needs a secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Inside Electron the page talks over IPC only: no WebSocket to the browser host. */
export const ELECTRON_CSP = CONTENT_SECURITY_POLICY.replace(
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "connect-src 'self'",
);

/** Serves the built renderer under kiosk://app/ (see renderer-files.ts for what is answered how). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url, ELECTRON_CSP));
}
