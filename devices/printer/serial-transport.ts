import { SerialPort } from 'serialport';
import type { ByteTransport } from './byte-transport';

/** A printer on a serial line (RS-232, USB-serial adapter, or a socat pty in tests). */
export function createSerialTransport(path: string, baudRate: number): ByteTransport {
  let port: SerialPort | null = null;
  const dataListeners: Array<(b: Uint8Array) => void> = [];
  const disconnectListeners: Array<(reason: string) => void> = [];

  return {
    description: `serial:${path}@${baudRate}`,
    get isOpen() {
      return port?.isOpen ?? false;
    },
    open() {
      if (port?.isOpen) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const p = new SerialPort({ path, baudRate, autoOpen: false });
        p.open((err) => {
          if (err) return reject(err);
          p.on('data', (d: Buffer) => {
            for (const l of dataListeners) l(new Uint8Array(d));
          });
          p.on('error', () => {
            // A read error is followed by 'close' with disconnected: true.
          });
          p.on('close', (e: (Error & { disconnected?: boolean }) | null) => {
            if (port !== p) return; // closed on purpose
            port = null;
            for (const l of disconnectListeners) l(e?.message ?? 'port closed');
          });
          port = p;
          resolve();
        });
      });
    },
    write(bytes) {
      const p = port;
      if (!p?.isOpen) return Promise.reject(new Error('not connected'));
      return new Promise<void>((resolve, reject) => {
        p.write(Buffer.from(bytes), (e) => {
          if (e) return reject(e);
          p.drain((e2) => (e2 ? reject(e2) : resolve()));
        });
      });
    },
    close() {
      const p = port;
      port = null;
      if (!p?.isOpen) return Promise.resolve();
      return new Promise<void>((resolve) => p.close(() => resolve()));
    },
    onData(l) {
      dataListeners.push(l);
    },
    onDisconnect(l) {
      disconnectListeners.push(l);
    },
  };
}
