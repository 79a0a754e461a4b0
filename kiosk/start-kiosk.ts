import type { KioskHandlers } from '../api/kiosk-api';
import type { Settings } from '../config/settings-schema';
import { EventBus } from './event-bus';
import { createKioskHandlers } from './handlers';
import { SessionRegistry } from './session-registry';

export type RunningKiosk = Readonly<{
  handlers: KioskHandlers;
  events: EventBus;
  close(): Promise<void>;
}>;

/**
 * The composition of every Node-side service (devices, case store, sync, simulators) behind the KioskApi
 * handlers. Electron's main process and the browser host both call this and nothing else, so the kiosk
 * runs identically with or without Electron.
 */
export async function startKiosk(settings: Settings, shell: 'electron' | 'browser-host'): Promise<RunningKiosk> {
  const events = new EventBus();
  const sessions = new SessionRegistry();
  const closers: Array<() => Promise<void> | void> = [];
  const handlers = createKioskHandlers({ settings, shell, sessions });
  return {
    handlers,
    events,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
