import { dispatchWithSim } from '../../api/dispatch';
import { fail } from '../../api/result';
import { loadSettings } from '../../config/load-settings';
import { startKiosk, type RunningKiosk } from '../start-kiosk';
import { currentCorePort } from './core-port';
import { CORE_PROCESS_ENV, CORE_SHELL_ENV, type CorePort, type ToCore } from './protocol';

const log = (message: string, error: unknown) =>
  console.error(`[core] ${message}`, error instanceof Error ? (error.stack ?? error.message) : error);

/**
 * The kiosk core process: the database, the sync worker, signing, the devices and photo processing run here,
 * not in the process that answers the window, so a long SM2 signature or a photo encode never stalls the
 * screen. It loads the settings from the environment it was given, starts the kiosk, answers calls through the
 * same dispatch (and contract validation) as an in-process kiosk, forwards every event with its audience, and
 * on `close` closes the services and exits 0. Resolves once closed.
 */
export async function runCore(port: CorePort, env: NodeJS.ProcessEnv): Promise<void> {
  let kiosk: RunningKiosk;
  try {
    const { settings, configPath } = loadSettings(env);
    const shell = env[CORE_SHELL_ENV] === 'electron' ? 'electron' : 'browser-host';
    kiosk = await startKiosk(settings, shell, configPath);
  } catch (error) {
    const badSettings = error instanceof Error && error.name === 'SettingsError';
    port.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      badSettings,
    });
    return;
  }
  // From here on the kiosk's console output (sync, retention, devices) goes to the redacted file log too.
  const unrouteConsole = kiosk.log?.routeConsole() ?? (() => {});
  kiosk.events.subscribe((event, audience) => port.postMessage({ kind: 'event', event, audience }));
  const closed = new Promise<void>((resolve) => {
    port.onMessage((message: ToCore) => {
      if (message.kind === 'close') void kiosk.close().finally(unrouteConsole).finally(resolve);
      else void answer(kiosk, port, message);
    });
  });
  port.postMessage({ kind: 'ready', mode: kiosk.mode, sim: kiosk.sim !== null });
  await closed;
}

async function answer(kiosk: RunningKiosk, port: CorePort, message: Exclude<ToCore, { kind: 'close' }>) {
  if (message.kind === 'wipe') {
    const wiped = await kiosk.wipeSessions().catch(() => 0);
    port.postMessage({ kind: 'result', id: message.id, result: { ok: true, value: wiped } });
    return;
  }
  const result = await dispatchWithSim(kiosk.handlers, kiosk.sim, message.method, message.args, log).catch(
    () => fail('internal', 'dispatch failed'),
  );
  port.postMessage({ kind: 'result', id: message.id, result });
}

async function main() {
  const port = currentCorePort();
  if (!port) {
    console.error('the kiosk core runs as a child of the browser host or of Electron, not on its own');
    process.exit(2);
  }
  // The window-facing process is gone (crashed, killed): a core nobody can reach must not hold the devices
  // and the database. Exiting without closing is safe: every commit is already durable.
  process.once('disconnect', () => process.exit(0));
  await runCore(port, process.env);
  process.exit(0);
}

// Only a process started as a core runs one (a test importing runCore does not; vitest workers have process.send too).
if (process.env[CORE_PROCESS_ENV] === '1') {
  // A crash of the core must end the process (the window side restarts it), never leave it half-alive.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (error: unknown) => {
      log(event, error);
      process.exit(1);
    });
  }
  void main();
}
