import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch, type DispatchLogger } from '../api/dispatch';
import type { KioskEvent } from '../api/events';
import type { KioskHandlers } from '../api/kiosk-api';
import { fail, type ApiResult } from '../api/result';
import type { EventBus } from '../kiosk/event-bus';
import { isTrustedSender } from './guards';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

/**
 * Main-process half of the IPC transport: every call is checked for its sender frame, then goes through the
 * same `dispatch` as the browser host's WebSocket.
 */
export function registerKioskIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: { handlers: KioskHandlers; appOrigin: string; log: DispatchLogger },
): () => void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (
      event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
      method: unknown,
      args: unknown,
    ): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame, options.appOrigin)) {
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
