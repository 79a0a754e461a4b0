import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { dispatchWithSim, type DispatchLogger } from '../api/dispatch';
import type { KioskHandlers } from '../api/kiosk-api';
import { fail } from '../api/result';
import type { SimHandlers } from '../api/sim-api';
import { WS_API_PATH, WS_MAX_FRAME_BYTES, type ServerFrame } from '../api/ws-protocol';
import type { EventBus } from '../kiosk/event-bus';
import { decodeClientFrame } from './client-frame';

const SessionIdArg = z.object({ sessionId: z.string().min(1).max(64) });

export type ApiSocketOptions = Readonly<{
  handlers: KioskHandlers;
  /** SimApi handlers (demo mode); null: sim.* methods are unknown here. */
  sim: SimHandlers | null;
  events: EventBus;
  /** Origin and token of the upgrade request (host/host-guard.ts). */
  mayOpen: (req: IncomingMessage) => boolean;
  log: DispatchLogger;
}>;

/**
 * The browser host's KioskApi transport: one WebSocket per page at /api carrying calls, results and events.
 * The WebSocket counterpart of the Electron preload + ipcMain pair; both end in the same `dispatch`.
 * A socket receives device-wide events and the events of the sessions it has itself used in its calls: one
 * client never sees the ID number another client's card read produced.
 */
export function attachApiSocket(server: Server, options: ApiSocketOptions): () => Promise<void> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (path !== WS_API_PATH || !options.mayOpen(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  function serve(ws: WebSocket) {
    const ownSessions = new Set<string>();
    const send = (frame: ServerFrame) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    };
    const unsubscribe = options.events.subscribe((event, audience) => {
      if (audience.kind === 'everyone' || ownSessions.has(audience.sessionId)) send({ kind: 'event', event });
    });
    ws.on('close', unsubscribe);
    ws.on('message', (data: Buffer) => void answer(data));
    async function answer(data: Buffer) {
      const frame = decodeClientFrame(data);
      // Without a valid id there is nobody to answer; a malformed frame is dropped, the socket stays.
      if (frame === null) return;
      // Before the call runs: identity.start's card may be read before it answers.
      const session = SessionIdArg.safeParse(frame.args);
      if (session.success) ownSessions.add(session.data.sessionId);
      const result = await dispatchWithSim(
        options.handlers,
        options.sim,
        frame.method,
        frame.args,
        options.log,
      ).catch(() => fail('internal', 'dispatch failed'));
      if (frame.method === 'session.end' && session.success) ownSessions.delete(session.data.sessionId);
      send({ kind: 'result', id: frame.id, result });
    }
  }

  return () =>
    new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => resolve());
    });
}
