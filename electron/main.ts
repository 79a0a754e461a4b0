import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, session, utilityProcess } from 'electron';
import { fileURLToPath } from 'node:url';
import { loadSettings } from '../config/load-settings';
import { startRemoteKiosk } from '../kiosk/core-process/remote-kiosk';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { kioskCoreEnv } from './core-env';
import { launchKiosk } from './launch';
import { utilityCoreSpawner } from './utility-core';
import { kioskWindowOptions } from './window-options';

/**
 * The Electron composition root, deliberately thin: it hands Electron's real objects to launchKiosk, where
 * every decision lives and is tested without Electron.
 */
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
const coreEntryPath = fileURLToPath(new URL('./core-entry.mjs', import.meta.url));
/** Exit code when the kiosk core kept dying: the service manager restarts the whole kiosk. */
const EXIT_CORE_FAILED = 3;
const log = (message: string) => console.error(`[zizhu-shell] ${message}`);

// A crash in the main process must not leave a dialog box or a windowless process: log it, exit non-zero.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    log(`${event}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    app.exit(1);
  });
}

registerAppScheme(); // before ready, as Electron requires

void launchKiosk({
  app,
  session: session.defaultSession,
  ipcMain,
  powerSaveBlocker,
  removeApplicationMenu: () => Menu.setApplicationMenu(null),
  serveRenderer: () => serveRenderer(rendererDir),
  createWindow: () => new BrowserWindow(kioskWindowOptions(preloadPath, !process.env.KIOSK_WINDOWED)),
  loadSettings,
  // The core (database, sync, signing, devices, photos) runs in a utilityProcess, not in this process.
  startKiosk: () =>
    startRemoteKiosk({
      spawn: utilityCoreSpawner(utilityProcess, coreEntryPath, kioskCoreEnv()),
      onGiveUp: (reason) => {
        log(`${reason}; exiting`);
        app.exit(EXIT_CORE_FAILED);
      },
      log,
    }),
  onSignal: (signal, listener) => process.on(signal, listener),
  env: process.env,
  platform: process.platform,
  log,
});
