import { fileURLToPath } from 'node:url';
import { loadSettings, SettingsError } from '../config/load-settings';
import { forkCoreSpawner } from '../kiosk/core-process/fork-core';
import { startRemoteKiosk } from '../kiosk/core-process/remote-kiosk';
import { startKiosk } from '../kiosk/start-kiosk';
import { startBrowserHost, type BrowserHost } from './browser-host';

export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

/**
 * `npm run host`: the kiosk's services plus the browser host, without Electron. Prints the URL on a line of
 * its own (`KIOSK_URL=http://…`) so scripts and tests can pick it up. The mode comes from the settings, as for
 * a packaged kiosk: production unless they (or KIOSK_MODE) say demo; only a demo serves SimApi.
 */
/** Exit code when the kiosk core kept dying: the service manager restarts the whole kiosk. */
export const EXIT_CORE_FAILED = 3;

/**
 * The kiosk core runs in a child process (kiosk/core-process/) unless KIOSK_CORE=in-process, which keeps it in
 * this process: for the comparison bench and for a debugger that should see everything in one place.
 */
function startCore(loaded: ReturnType<typeof loadSettings>, env: NodeJS.ProcessEnv) {
  if (env.KIOSK_CORE === 'in-process') return startKiosk(loaded.settings, 'browser-host', loaded.configPath);
  return startRemoteKiosk({
    spawn: forkCoreSpawner(env),
    onGiveUp: (reason) => {
      console.error(`[host] ${reason}; exiting`);
      process.exit(EXIT_CORE_FAILED);
    },
  });
}

export async function runBrowserHost(): Promise<BrowserHost & { stop(): Promise<void> }> {
  const loaded = loadSettings();
  const { settings } = loaded;
  const kiosk = await startCore(loaded, process.env);
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
