import type { KioskHandlers } from '../api/kiosk-api';
import type { Settings } from '../config/settings-schema';
import type { EventBus } from '../kiosk/event-bus';
import { guardWebContents, type GuardedContents } from './contents-guard';
import { createCrashRecovery, type GoneDetails } from './crash-recovery';
import { forwardEvents, registerKioskIpc, type IpcMainPort } from './ipc-bridge';
import { APP_ORIGIN } from './ipc-channels';
import { installedKioskEnv } from './kiosk-paths';
import { installPermissionPolicy, type PolicedSession } from './permissions';
import type { EventSource } from './shell-ports';
import { claimSingleInstance, type FocusableWindow } from './single-instance';
import { createShutdown, guardWindowClose } from './window-lifecycle';

/**
 * The Electron main process as one function over injected Electron pieces (main.ts passes the real ones, tests
 * pass fakes). Order matters: the single-instance lock and the app-wide WebContents guard come first, then
 * settings (a bad file ends start-up here, with the reason logged and a non-zero exit for systemd), then the
 * permission policy and protocol before any page exists, then the kiosk core, IPC, and the one window.
 * Whatever fails on the way exits the process: never a running app without a window.
 */
export type KioskWindow = EventSource &
  FocusableWindow & {
    once(event: 'ready-to-show', listener: () => void): unknown;
    loadURL(url: string): Promise<void>;
    webContents: EventSource & {
      mainFrame: unknown;
      send(channel: string, ...args: unknown[]): void;
      reload(): void;
      forcefullyCrashRenderer(): void;
    };
  };

export type ShellApp = EventSource & {
  whenReady(): Promise<unknown>;
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
  quit(): void;
  exit(code: number): void;
  relaunch(): void;
  readonly isPackaged: boolean;
};

export type StartedKiosk = Readonly<{
  handlers: KioskHandlers;
  events: EventBus;
  wipeSessions(): Promise<unknown>;
  close(): Promise<void>;
}>;

export type LaunchDeps = Readonly<{
  app: ShellApp;
  session: PolicedSession;
  ipcMain: IpcMainPort;
  powerSaveBlocker: { start(type: 'prevent-display-sleep'): number; stop(id: number): void };
  removeApplicationMenu(): void;
  serveRenderer(): void;
  createWindow(): KioskWindow;
  loadSettings(env: NodeJS.ProcessEnv): { settings: Settings };
  startKiosk(settings: Settings): Promise<StartedKiosk>;
  onSignal(signal: 'SIGTERM' | 'SIGINT', listener: () => void): void;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  log(message: string): void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => () => void;
}>;

export const EXIT_STARTUP_FAILED = 1;
export const EXIT_BAD_SETTINGS = 2;

function describe(error: unknown): string {
  if (error instanceof Error)
    return error.name === 'SettingsError' ? error.message : (error.stack ?? error.message);
  return String(error);
}

const defaultTimer = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

export async function launchKiosk(d: LaunchDeps): Promise<{ shutdown(reason: string): void } | null> {
  let win: KioskWindow | null = null;
  if (!claimSingleInstance(d.app, () => win)) return null;
  d.app.on('web-contents-created', (_event: unknown, contents: GuardedContents) =>
    guardWebContents(contents, APP_ORIGIN, d.log),
  );

  let stage = 'waiting for Electron';
  try {
    await d.app.whenReady();
    stage = 'loading settings';
    let settings: Settings;
    try {
      settings = d.loadSettings(installedKioskEnv(d.platform, d.env, d.app.isPackaged)).settings;
    } catch (error) {
      d.log(`kiosk start-up failed (${stage}): ${describe(error)}`);
      d.app.exit(EXIT_BAD_SETTINGS);
      return null;
    }
    stage = 'securing the session';
    d.removeApplicationMenu();
    installPermissionPolicy(d.session, APP_ORIGIN, d.log);
    d.serveRenderer();

    stage = 'starting the kiosk services';
    const kiosk = await d.startKiosk(settings);

    stage = 'opening the kiosk window';
    const window = d.createWindow();
    win = window;
    const stopIpc = registerKioskIpc(d.ipcMain, {
      handlers: kiosk.handlers,
      appOrigin: APP_ORIGIN,
      kioskMainFrame: () => window.webContents.mainFrame,
      log: (message, error) => d.log(`${message}: ${describe(error)}`),
    });
    const stopEvents = forwardEvents(kiosk.events, (channel, event) =>
      window.webContents.send(channel, event),
    );

    const blocker = d.powerSaveBlocker.start('prevent-display-sleep');
    const recovery = createCrashRecovery({
      wipeSessions: () => kiosk.wipeSessions(),
      reload: () => window.webContents.reload(),
      forceCrashRenderer: () => window.webContents.forcefullyCrashRenderer(),
      relaunch: () => d.app.relaunch(),
      exit: (code) => d.app.exit(code),
      log: d.log,
      now: d.now ?? Date.now,
      setTimer: d.setTimer ?? defaultTimer,
    });
    window.webContents.on('render-process-gone', (_e: unknown, details: GoneDetails) => {
      void recovery.onRenderProcessGone(details);
    });
    window.on('unresponsive', () => recovery.onUnresponsive());
    window.on('responsive', () => recovery.onResponsive());
    d.app.on('child-process-gone', (_e: unknown, details: GoneDetails) => {
      void recovery.onChildProcessGone(details);
    });

    const lifecycle = createShutdown({
      app: d.app,
      closeKiosk: async () => {
        stopEvents();
        stopIpc();
        await kiosk.close();
      },
      onStop: () => {
        recovery.stop();
        d.powerSaveBlocker.stop(blocker);
      },
      log: d.log,
    });
    guardWindowClose(window, lifecycle.isShuttingDown, d.log);
    d.onSignal('SIGTERM', () => lifecycle.shutdown('SIGTERM'));
    d.onSignal('SIGINT', () => lifecycle.shutdown('SIGINT'));

    window.once('ready-to-show', () => window.show());
    stage = 'loading the kiosk page';
    await window.loadURL(`${APP_ORIGIN}/index.html`);
    return { shutdown: lifecycle.shutdown };
  } catch (error) {
    d.log(`kiosk start-up failed (${stage}): ${describe(error)}`);
    d.app.exit(EXIT_STARTUP_FAILED);
    return null;
  }
}
