import type { KioskEvent } from '../../api/events';
import type { ApiResult } from '../../api/result';
import type { KioskMode } from '../../config/settings-schema';
import type { EventAudience } from '../event-bus';

/**
 * The messages between the window-facing process (the browser host, Electron's main process) and the kiosk
 * core process (kiosk/core-process/core-entry.ts). Both ends are our own code, so these are plain objects
 * carried by the channel's structured clone; the renderer's untrusted input was already checked by the
 * window side's dispatch and is checked again by the core's, so the core trusts no sender either.
 */
export type ToCore =
  /** One KioskApi or SimApi call; answered by a `result` with the same id. */
  | Readonly<{ kind: 'call'; id: number; method: string; args: unknown }>
  /** Wipe every open session (the renderer crashed or hung); answered by a `result` with the count. */
  | Readonly<{ kind: 'wipe'; id: number }>
  /** Close every service and exit 0. */
  | Readonly<{ kind: 'close' }>;

export type FromCore =
  /** startKiosk finished: calls may flow. `sim`: the core serves SimApi (a demo kiosk). */
  | Readonly<{ kind: 'ready'; mode: KioskMode; sim: boolean }>
  /** startKiosk failed; `badSettings`: the settings were refused (the shell exits 2, not 1). */
  | Readonly<{ kind: 'failed'; message: string; badSettings: boolean }>
  | Readonly<{ kind: 'result'; id: number; result: ApiResult<unknown> }>
  /** A KioskEvent with the audience the core's EventBus gave it (the identity focus lives in the core). */
  | Readonly<{ kind: 'event'; event: KioskEvent; audience: EventAudience }>;

/** How the window side reaches one running core process: a child_process IPC channel or an Electron utilityProcess. */
export interface CoreChannel {
  postMessage(message: ToCore): void;
  on(event: 'message', listener: (message: FromCore) => void): void;
  on(event: 'exit', listener: (code: number | null) => void): void;
  /** SIGKILL: for a core that does not close when asked. */
  kill(): void;
  /** The core's process id, when the transport knows it (diagnostics, the tests' kill -9). */
  readonly pid?: number | undefined;
}

/** Starts one core process; called again for every restart. */
export type CoreSpawner = () => CoreChannel;

/** The core's end of the channel: process.send/process.on under child_process, process.parentPort under Electron. */
export interface CorePort {
  postMessage(message: FromCore): void;
  onMessage(listener: (message: ToCore) => void): void;
}

/** Environment variable telling the core which shell it serves (AppInfo.shell). */
export const CORE_SHELL_ENV = 'ZIZHU_CORE_SHELL';

/** Set (to '1') by the spawners in the core's environment: core-entry.ts starts a core only then. */
export const CORE_PROCESS_ENV = 'ZIZHU_CORE_PROCESS';
