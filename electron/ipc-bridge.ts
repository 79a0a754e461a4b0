import type { IpcMainInvokeEvent } from 'electron';
import { dispatch, type DispatchLogger } from '../api/dispatch';
import type { KioskEvent } from '../api/events';
import type { KioskHandlers } from '../api/kiosk-api';
import { fail, type ApiResult } from '../api/result';
import type { EventBus } from '../kiosk/event-bus';
import { isTrustedSender, type SenderFrame } from './guards';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

/** What of ipcMain the bridge uses (the real one, or a fake in tests). */
export type IpcMainPort = {
  handle(
    channel: string,
    listener: (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
};

/**
 * Main-process half of the IPC transport: every call is checked for its sender frame (the kiosk window's
 * main frame, origin kiosk://app; a destroyed frame, a sub-frame or another origin is refused), then goes
 * through the same `dispatch` as the browser host's WebSocket, whose schemas refuse malformed arguments.
 */
export function registerKioskIpc(
  ipcMain: IpcMainPort,
  options: {
    handlers: KioskHandlers;
    appOrigin: string;
    /** The kiosk window's main frame: a call from any other frame, even of the same origin, is refused. */
    kioskMainFrame: () => unknown;
    log: DispatchLogger;
  },
): () => void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (
      event: { senderFrame: SenderFrame | null | undefined },
      method: unknown,
      args: unknown,
    ): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame, options.appOrigin, options.kioskMainFrame)) {
        return fail('forbidden', 'caller is not the kiosk page');
      }
      return dispatch(options.handlers, method, args, options.log);
    },
  );
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Pushes every KioskEvent to the window's renderer. */
export function forwardEvents(
  events: EventBus,
  send: (channel: string, event: KioskEvent) => void,
): () => void {
  return events.subscribe((event) => send(EVENT_CHANNEL, event));
}
