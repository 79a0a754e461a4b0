import type { CorePort, FromCore, ToCore } from './protocol';

/** What of Electron's `process.parentPort` the core uses (typed here: kiosk/ must not import electron). */
type ParentPort = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
};

/**
 * The core's end of its channel, whichever shell started it: an Electron utilityProcess has
 * `process.parentPort`, a child_process.fork child has `process.send`. Null when neither (run by hand).
 */
export function currentCorePort(): CorePort | null {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      postMessage: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToCore)),
    };
  }
  const send = process.send?.bind(process);
  if (send) {
    return {
      postMessage: (message: FromCore) => void send(message),
      onMessage: (listener) => process.on('message', (message) => listener(message as ToCore)),
    };
  }
  return null;
}
