import type { KioskHandlers } from '../api/kiosk-api';
import type { Settings } from '../config/settings-schema';
import { APP_VERSION } from './app-version';
import type { SessionRegistry } from './session-registry';

export type HandlerDeps = Readonly<{
  settings: Settings;
  shell: 'electron' | 'browser-host';
  sessions: SessionRegistry;
}>;

/** The Node side of every KioskApi method. Arguments arrive validated by api/dispatch. */
export function createKioskHandlers(deps: HandlerDeps): KioskHandlers {
  const { settings } = deps;
  return {
    'app.info': async () => ({
      version: APP_VERSION,
      terminalId: settings.terminal.id,
      terminalName: settings.terminal.name,
      serviceHall: settings.serviceHall,
      shell: deps.shell,
      ui: settings.ui,
    }),
    'session.end': async ({ sessionId }) => ({ wiped: await deps.sessions.end(sessionId) }),
  };
}
