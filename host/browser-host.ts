import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DispatchLogger } from '../api/dispatch';
import type { RunningKiosk } from '../kiosk/start-kiosk';
import { attachApiSocket } from './api-socket';
import { serveStatic } from './static-files';

export type BrowserHost = Readonly<{ url: string; close(): Promise<void> }>;

export type BrowserHostOptions = Readonly<{
  kiosk: Pick<RunningKiosk, 'handlers' | 'events'>;
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
  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(options.rendererDir, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bind, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.bind.includes(':') ? `[${options.bind}]` : options.bind;
  const url = `http://${host}:${port}`;
  const ownOrigins = new Set([url, `http://localhost:${port}`, `http://127.0.0.1:${port}`]);
  const closeSocket = attachApiSocket(server, {
    handlers: options.kiosk.handlers,
    events: options.kiosk.events,
    isAllowedOrigin: (origin) => origin === undefined || ownOrigins.has(origin),
    log: options.log ?? ((message, error) => console.error(`[host] ${message}`, error)),
  });
  return {
    url,
    async close() {
      await closeSocket();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
