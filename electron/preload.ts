import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { KioskApi } from '../api/kiosk-api';
import type { KioskEvent } from '../api/events';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

/**
 * Renderer-side half of the IPC transport. Exposes exactly `window.kiosk: KioskApi` — never ipcRenderer
 * itself — so page code can reach only the two kiosk channels.
 */
export const preloadApi: KioskApi = {
  call: (method, args) => ipcRenderer.invoke(CALL_CHANNEL, method, args),
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, payload: KioskEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('kiosk', preloadApi);
