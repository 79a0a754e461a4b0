import { Socket } from 'node:net';
import type { ByteTransport } from './byte-transport';

/** Raw TCP ("port 9100", JetDirect) link to a network receipt printer. */
export function createTcpTransport(host: string, port: number, connectTimeoutMs = 3_000): ByteTransport {
  let socket: Socket | null = null;
  const dataListeners: Array<(b: Uint8Array) => void> = [];
  const disconnectListeners: Array<(reason: string) => void> = [];

  return {
    description: `tcp://${host}:${port}`,
    get isOpen() {
      return socket !== null && !socket.destroyed;
    },
    open() {
      if (socket && !socket.destroyed) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const s = new Socket();
        const timer = setTimeout(() => {
          s.destroy();
          reject(new Error(`connect to ${host}:${port} timed out`));
        }, connectTimeoutMs);
        s.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        s.connect(port, host, () => {
          clearTimeout(timer);
          s.removeAllListeners('error');
          s.setNoDelay(true);
          s.setKeepAlive(true, 5_000);
          s.on('data', (d: Buffer) => {
            for (const l of dataListeners) l(new Uint8Array(d));
          });
          s.on('error', () => {
            // 'close' follows and reports the disconnect.
          });
          s.on('close', () => {
            if (socket !== s) return; // closed on purpose
            socket = null;
            for (const l of disconnectListeners) l('socket closed');
          });
          socket = s;
          resolve();
        });
      });
    },
    write(bytes) {
      const s = socket;
      if (!s || s.destroyed) return Promise.reject(new Error('not connected'));
      return new Promise<void>((resolve, reject) => s.write(bytes, (e) => (e ? reject(e) : resolve())));
    },
    close() {
      const s = socket;
      socket = null;
      if (!s) return Promise.resolve();
      // end() flushes what is queued; then drop the socket rather than wait for the printer's FIN.
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => s.destroy(), 1_000);
        s.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        s.end(() => s.destroy());
      });
    },
    onData(l) {
      dataListeners.push(l);
    },
    onDisconnect(l) {
      disconnectListeners.push(l);
    },
  };
}
