import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { loadSettings, SettingsError } from '../config/load-settings';
import { startKiosk } from '../kiosk/start-kiosk';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { isAllowedNavigation, isAllowedPermission } from './guards';
import { forwardEvents, registerKioskIpc } from './ipc-bridge';
import { APP_ORIGIN } from './ipc-channels';
import { kioskWindowOptions } from './window-options';

/**
 * The Electron composition root, deliberately thin: settings → startKiosk (the same services the browser host
 * runs) → one locked-down window talking over IPC. Everything it wires is tested without Electron.
 */
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
const MAX_RELOADS_PER_MINUTE = 3;

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(async () => {
  let settings;
  try {
    settings = loadSettings().settings;
  } catch (error) {
    if (error instanceof SettingsError) console.error(error.message);
    app.exit(2);
    return;
  }
  Menu.setApplicationMenu(null);
  serveRenderer(rendererDir);
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isAllowedPermission(permission, wc.getURL(), APP_ORIGIN, mediaTypes));
  });

  const kiosk = await startKiosk(settings, 'electron');
  registerKioskIpc(ipcMain, { handlers: kiosk.handlers, appOrigin: APP_ORIGIN, log: console.error });

  const win = new BrowserWindow(kioskWindowOptions(preloadPath, !process.env.KIOSK_WINDOWED));
  forwardEvents(kiosk.events, (channel, event) => win.webContents.send(channel, event));
  win.webContents.on('will-navigate', (e, url) => {
    if (!isAllowedNavigation(url, APP_ORIGIN)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());

  // A crashed renderer is reloaded a few times; past that the process exits for the service manager to restart.
  const reloads: number[] = [];
  win.webContents.on('render-process-gone', () => {
    const now = Date.now();
    reloads.push(now);
    while (reloads.length > 0 && now - (reloads[0] ?? now) > 60_000) reloads.shift();
    if (reloads.length > MAX_RELOADS_PER_MINUTE) app.exit(1);
    else win.reload();
  });
  win.once('ready-to-show', () => win.show());
  app.on('second-instance', () => win.focus());
  app.on('before-quit', () => void kiosk.close());
  await win.loadURL(`${APP_ORIGIN}/index.html`);
});
