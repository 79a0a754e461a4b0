import { fileURLToPath } from 'node:url';
import { loadSettings, SettingsError } from '../config/load-settings';
import { startKiosk } from '../kiosk/start-kiosk';
import { startBrowserHost, type BrowserHost } from './browser-host';

export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

/**
 * `npm run host`: the kiosk's services plus the browser host, without Electron. Prints the URL on a line of
 * its own (`KIOSK_URL=http://…`) so scripts and tests can pick it up. The mode comes from the settings, as for
 * a packaged kiosk: production unless they (or KIOSK_MODE) say demo; only a demo serves SimApi.
 */
export async function runBrowserHost(): Promise<BrowserHost & { stop(): Promise<void> }> {
  const { settings } = loadSettings();
  const kiosk = await startKiosk(settings, 'browser-host');
  const host = await startBrowserHost({
    kiosk,
    rendererDir: RENDERER_DIR,
    port: settings.host.port,
    bind: settings.host.bind,
  });
  return {
    ...host,
    async stop() {
      await host.close();
      await kiosk.close();
    },
  };
}

async function main() {
  try {
    const host = await runBrowserHost();
    console.log(`KIOSK_URL=${host.url}`);
    const stop = () => void host.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
