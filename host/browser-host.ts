import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DispatchLogger } from '../api/dispatch';
import type { SimHandlers } from '../api/sim-api';
import { isLoopbackBind, LOOPBACK_BINDS } from '../config/loopback';
import type { RunningKiosk } from '../kiosk/start-kiosk';
import { attachApiSocket } from './api-socket';
import { createHostGuard } from './host-guard';
import { serveStatic } from './static-files';

export type BrowserHost = Readonly<{
  url: string;
  /** This launch's API token, as written into the served index.html (tests connect with it). */
  token: string;
  close(): Promise<void>;
}>;

export type BrowserHostOptions = Readonly<{
  /** `sim`: the SimApi handlers to serve (a demo kiosk's); absent or null in production. */
  kiosk: Pick<RunningKiosk, 'handlers' | 'events'> & { sim?: SimHandlers | null };
  rendererDir: string;
  port: number;
  bind: string;
  log?: DispatchLogger;
}>;

/**
 * Serves the built renderer and the KioskApi over loopback HTTP/WebSocket, so the same app runs in a plain
 * Chromium (development, end-to-end tests, machines without the Electron binary).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  if (!isLoopbackBind(options.bind)) {
    throw new Error(
      `the browser host listens on loopback only (${LOOPBACK_BINDS.join(', ')}), not ${options.bind}`,
    );
  }
  const token = randomBytes(32).toString('base64url');
  let guard: ReturnType<typeof createHostGuard> | null = null;
  const server = createServer((req, res) => {
    if (!guard?.isOwnHost(req)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('not this host');
      return;
    }
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(options.rendererDir, req, res, token);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bind, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  guard = createHostGuard(port, token);
  const host = options.bind.includes(':') ? `[${options.bind}]` : options.bind;
  const url = `http://${host}:${port}`;
  const ownGuard = guard;
  const closeSocket = attachApiSocket(server, {
    handlers: options.kiosk.handlers,
    sim: options.kiosk.sim ?? null,
    events: options.kiosk.events,
    mayOpen: (req) => ownGuard.isOwnHost(req) && ownGuard.mayOpenApiSocket(req),
    log: options.log ?? ((message, error) => console.error(`[host] ${message}`, error)),
  });
  return {
    url,
    token,
    async close() {
      await closeSocket();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
