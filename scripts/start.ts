import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings, SettingsError } from '../config/load-settings';
import { runBrowserHost } from '../host/main';
import { electronBinary } from './electron-available';

/**
 * `npm start`: the Electron kiosk window where Electron is installed; otherwise the browser host plus a
 * Chromium app window. Both run the same services, in demo mode (simulated devices and the embedded province)
 * unless KIOSK_MODE says otherwise.
 */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function main() {
  // `npm start` is the developer's and the demonstrator's command: demo mode unless told otherwise. A packaged
  // kiosk starts Electron directly and stays in production mode, which fails closed.
  process.env.KIOSK_MODE ||= 'demo';
  const { settings, configPath, fromFile } = loadSettings();
  console.log(
    `mode: ${settings.mode}; settings: ${fromFile ? configPath : `defaults (no ${configPath})`}; data: ${settings.dataDir}`,
  );
  const electron = electronBinary();
  if (electron && !process.env.KIOSK_BROWSER) {
    console.log('starting the Electron kiosk window');
    const child = spawn(electron, ['dist/electron/main.mjs'], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  const host = await runBrowserHost();
  console.log(`KIOSK_URL=${host.url}`);
  const stop = () => void host.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const chromium = process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (process.env.KIOSK_BROWSER === 'none' || !chromium || !hasDisplay) {
    console.log(
      !hasDisplay
        ? `No display here: open ${host.url} in Chromium (or run with a display to get the kiosk window).`
        : `Open ${host.url} in a browser.`,
    );
    return;
  }
  const profile = join(settings.dataDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const args = [
    `--app=${host.url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate',
    '--window-position=0,0',
    `--window-size=${process.env.KIOSK_WINDOW_SIZE ?? '1920,1080'}`,
    '--autoplay-policy=no-user-gesture-required',
    ...(process.env.KIOSK_WINDOWED ? [] : ['--kiosk']),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  console.log(`starting Chromium: ${chromium}`);
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  browser.on('exit', () => console.log('Chromium closed; the kiosk host keeps running (Ctrl+C to stop).'));
}

main().catch((error: unknown) => {
  if (error instanceof SettingsError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
