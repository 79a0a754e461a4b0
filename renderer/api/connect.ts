import type { KioskApi } from '../../api/kiosk-api';
import type { SimApi } from '../../api/sim-api';
import { createWebSocketKioskApi, type WebSocketLike } from '../../api/ws-client';
import { apiSocketUrl, HOST_TOKEN_META } from '../../api/ws-protocol';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser, where the WebSocket transport is used. */
    kiosk?: KioskApi;
    /** Not exposed by the Electron shell yet: there the simulator panel stays empty. */
    kioskSim?: SimApi;
  }
}

/** The renderer's two APIs. `sim` answers only when app.info says mode demo; the panel checks that first. */
export type KioskConnection = Readonly<{ api: KioskApi; sim: SimApi | null }>;

/** One KioskApi for the whole renderer, whichever shell it runs in. */
export function connectKioskApi(): KioskConnection {
  if (window.kiosk) return { api: window.kiosk, sim: window.kioskSim ?? null };
  // The browser host wrote this launch's token into the page it served (host/static-files.ts).
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${HOST_TOKEN_META}"]`)?.content ?? '';
  const api = createWebSocketKioskApi(
    apiSocketUrl(location.origin, token),
    (url) => new WebSocket(url) as WebSocketLike,
  );
  return { api, sim: api.sim };
}
