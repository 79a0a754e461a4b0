import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CORE_PROCESS_ENV,
  CORE_SHELL_ENV,
  type CoreChannel,
  type CoreSpawner,
  type FromCore,
} from './protocol';

const CORE_ENTRY = fileURLToPath(new URL('./core-entry.ts', import.meta.url));
/** tsx by its resolved URL, so the core starts whatever the working directory. */
const TSX = import.meta.resolve('tsx');

/**
 * The browser host's core process: a child_process.fork of core-entry.ts (through tsx) with an IPC channel in
 * structured-clone mode. `env`: the environment the core loads its settings from.
 */
export function forkCoreSpawner(env: NodeJS.ProcessEnv): CoreSpawner {
  return (): CoreChannel => {
    const child = fork(CORE_ENTRY, [], {
      execArgv: ['--import', TSX],
      serialization: 'advanced',
      env: { ...env, [CORE_PROCESS_ENV]: '1', [CORE_SHELL_ENV]: 'browser-host' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('error', (error) => console.error('[kiosk] the kiosk core could not be started', error));
    return {
      postMessage: (message) => {
        // A send racing the child's death fails in the callback; the 'exit' handler answers the call.
        if (child.connected) child.send(message, () => {});
        else throw new Error('the kiosk core is not connected');
      },
      on: (event: 'message' | 'exit', listener: (arg: never) => void) => {
        if (event === 'message')
          child.on('message', (m) => (listener as (m: FromCore) => void)(m as FromCore));
        else child.on('exit', (code) => (listener as (c: number | null) => void)(code));
      },
      kill: () => void child.kill('SIGKILL'),
      pid: child.pid,
    };
  };
}
