import type { KioskApi } from '../../api/kiosk-api';
import type { SimApi } from '../../api/sim-api';
import { createWebSocketKioskApi, type WebSocketLike } from '../../api/ws-client';
import { apiSocketUrl } from '../../api/ws-protocol';
import { fetchCurrentHostToken, hostTokenIn } from './host-token';

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
  // The browser host wrote this launch's token into the page it served; a restarted host has a new one.
  const api = createWebSocketKioskApi(
    apiSocketUrl(location.origin, hostTokenIn(document)),
    (url) => new WebSocket(url) as WebSocketLike,
    {
      refreshUrl: async () => {
        const token = await fetchCurrentHostToken();
        return token ? apiSocketUrl(location.origin, token) : null;
      },
    },
  );
  return { api, sim: api.sim };
}
