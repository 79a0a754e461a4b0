import { SerialPort } from 'serialport';
import type { SamLink } from './sam-link';

/**
 * `SamLink` over a `serialport` port: 8N1 at the given rate (115200 is the reader default). Any port error
 * (EIO after an unplug, a failed write) closes the link so the reader's reconnect logic takes over.
 */

export type SerialSamLinkOptions = Readonly<{ path: string; baudRate?: number }>;

export function openSerialSamLink({ path, baudRate = 115200 }: SerialSamLinkOptions): Promise<SamLink> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({
      path,
      baudRate,
      dataBits: 8,
      stopBits: 1,
      parity: 'none',
      autoOpen: false,
    });
    port.open((openError) => {
      if (openError) {
        reject(openError);
        return;
      }
      const closeListeners: Array<(error?: Error) => void> = [];
      let closed = false;
      const finish = (error?: Error) => {
        if (closed) return;
        closed = true;
        for (const l of closeListeners) l(error);
      };
      port.on('close', (error?: Error | null) => finish(error ?? undefined));
      port.on('error', (error: Error) => {
        finish(error);
        if (port.isOpen) port.close(() => {});
      });
      resolve({
        write(bytes) {
          if (closed) return;
          port.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (error) => {
            if (error) port.destroy(error);
          });
        },
        onData(listener) {
          port.on('data', (chunk: Buffer) =>
            listener(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
          );
        },
        onClose(listener) {
          if (closed) listener();
          else closeListeners.push(listener);
        },
        close() {
          return new Promise<void>((done) => {
            if (!port.isOpen) {
              finish();
              done();
              return;
            }
            port.close(() => {
              finish();
              done();
            });
          });
        },
      });
    });
  });
}
