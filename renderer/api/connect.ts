import type { KioskApi } from '../../api/kiosk-api';
import { createWebSocketKioskApi, type WebSocketLike } from '../../api/ws-client';
import { WS_API_PATH } from '../../api/ws-protocol';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser, where the WebSocket transport is used. */
    kiosk?: KioskApi;
  }
}

/** One KioskApi for the whole renderer, whichever shell it runs in. */
export function connectKioskApi(): KioskApi {
  if (window.kiosk) return window.kiosk;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebSocketKioskApi(
    `${scheme}://${location.host}${WS_API_PATH}`,
    (url) => new WebSocket(url) as WebSocketLike,
  );
}
