import type { ArgsOf, KioskMethod, ResultOf } from './contract';
import type { KioskEvent, KioskEventListener } from './events';
import type { KioskApi } from './kiosk-api';
import { fail, type ApiResult } from './result';
import type { SimApi } from './sim-api';
import type { ServerFrame } from './ws-protocol';

/** The part of the WebSocket API this client uses; the browser's and the `ws` package's both fit. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}
export type WebSocketFactory = (url: string) => WebSocketLike;

const OPEN = 1;

export type WebSocketKioskApi = KioskApi & {
  /** SimApi over the same socket; the host answers it only in demo mode (elsewhere: 'unknown-method'). */
  readonly sim: SimApi;
  close(): void;
};

/**
 * KioskApi over the browser host's WebSocket (`url` from apiSocketUrl: it carries the host's token). Calls made
 * while (re)connecting wait for the connection;
 * calls in flight when it drops resolve to a 'transport' error instead of hanging, and the client
 * reconnects by itself so a restarted host is picked up without reloading the page.
 */
export function createWebSocketKioskApi(
  url: string,
  connect: WebSocketFactory,
  options: {
    callTimeoutMs?: number;
    reconnectMs?: number;
    /**
     * The URL to use after a connection was refused before it opened. The browser host makes a new token at
     * each launch, so a page that outlived a host restart must fetch the current one or stay locked out.
     */
    refreshUrl?: () => Promise<string | null>;
  } = {},
): WebSocketKioskApi {
  const callTimeoutMs = options.callTimeoutMs ?? 60_000;
  const reconnectMs = options.reconnectMs ?? 500;
  const listeners = new Set<KioskEventListener>();
  const pending = new Map<
    number,
    { resolve: (r: ApiResult<unknown>) => void; timer: ReturnType<typeof setTimeout> }
  >();
  const waitingForOpen: Array<() => void> = [];
  let nextId = 1;
  let socket: WebSocketLike | null = null;
  let closed = false;
  let currentUrl = url;

  function open(): WebSocketLike {
    const ws = connect(currentUrl);
    let opened = false;
    ws.onopen = () => {
      opened = true;
      waitingForOpen.splice(0).forEach((send) => send());
    };
    ws.onmessage = (ev) => receive(String(ev.data));
    ws.onclose = () => {
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        p.resolve(fail('transport', 'connection to the kiosk host closed'));
        pending.delete(id);
      }
      socket = null;
      if (!opened && options.refreshUrl) {
        void options.refreshUrl().then(
          (next) => {
            if (next) currentUrl = next;
          },
          () => {},
        );
      }
      if (!closed && (listeners.size > 0 || waitingForOpen.length > 0))
        setTimeout(() => {
          if (!closed) ensureSocket(); // closed meanwhile: nobody waits any more
        }, reconnectMs);
    };
    ws.onerror = () => {};
    return ws;
  }

  function ensureSocket(): WebSocketLike {
    if (closed) throw new Error('client closed');
    socket ??= open();
    return socket;
  }

  function receive(text: string) {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(text) as ServerFrame;
    } catch {
      return;
    }
    if (frame.kind === 'result') {
      const p = pending.get(frame.id);
      if (!p) return;
      clearTimeout(p.timer);
      pending.delete(frame.id);
      p.resolve(frame.result as ApiResult<unknown>);
    } else if (frame.kind === 'event') {
      // Events come from the kiosk's own host, which builds them from the same schema (api/events.ts).
      const event = frame.event as KioskEvent;
      listeners.forEach((l) => l(event));
    }
  }

  function call(method: string, args: unknown): Promise<ApiResult<unknown>> {
    if (closed) return Promise.resolve(fail('transport', 'client closed'));
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(fail('transport', `${method} timed out`));
      }, callTimeoutMs);
      pending.set(id, { resolve, timer });
      const send = () => socket?.send(JSON.stringify({ kind: 'call', id, method, args }));
      const ws = ensureSocket();
      if (ws.readyState === OPEN) send();
      else waitingForOpen.push(send);
    });
  }

  return {
    call<M extends KioskMethod>(method: M, args: ArgsOf<M>): Promise<ApiResult<ResultOf<M>>> {
      return call(method, args) as Promise<ApiResult<ResultOf<M>>>;
    },
    sim: { call: (method, args) => call(method, args) as never },
    subscribe(listener) {
      listeners.add(listener);
      if (!closed) ensureSocket();
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
