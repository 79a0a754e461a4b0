import type { CoreChannel, CoreSpawner, FromCore } from '../kiosk/core-process/protocol';
import { CORE_PROCESS_ENV, CORE_SHELL_ENV } from '../kiosk/core-process/protocol';

/** What of Electron's `utilityProcess` module the adapter uses (the real one, or a fake in tests). */
export type UtilityProcessModule = {
  fork(
    modulePath: string,
    args: string[],
    options: { env: NodeJS.ProcessEnv; serviceName: string; stdio: 'inherit' },
  ): UtilityChild;
};

export type UtilityChild = {
  readonly pid?: number | undefined;
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
};

/**
 * Electron's kiosk core: an Electron utilityProcess running the built core-entry.mjs (its end of the channel is
 * `process.parentPort`, kiosk/core-process/core-port.ts). `env`: the environment the core loads its settings
 * from, the same one the main process loaded them from.
 */
export function utilityCoreSpawner(
  utilityProcess: UtilityProcessModule,
  entryPath: string,
  env: NodeJS.ProcessEnv,
): CoreSpawner {
  return (): CoreChannel => {
    const child = utilityProcess.fork(entryPath, [], {
      env: { ...env, [CORE_PROCESS_ENV]: '1', [CORE_SHELL_ENV]: 'electron' },
      serviceName: 'zizhu-core',
      stdio: 'inherit',
    });
    return {
      get pid() {
        return child.pid;
      },
      postMessage: (message) => child.postMessage(message),
      on: (event: 'message' | 'exit', listener: (arg: never) => void) => {
        if (event === 'message')
          child.on('message', (m) => (listener as (m: FromCore) => void)(m as FromCore));
        else child.on('exit', (code) => (listener as (c: number | null) => void)(code));
      },
      kill: () => void child.kill(),
    };
  };
}
