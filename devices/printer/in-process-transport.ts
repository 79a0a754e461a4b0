import type { ByteTransport } from './byte-transport';
import type { PrinterSimulator, SimulatorSession } from './printer-simulator';

/**
 * Connects a driver straight to a simulator in the same process (the kiosk's 'simulator' setting): no port, but
 * the same bytes both ways. Replies are delivered asynchronously, as from a real link.
 */
export function createInProcessTransport(simulator: PrinterSimulator): ByteTransport {
  let session: SimulatorSession | null = null;
  const dataListeners: Array<(b: Uint8Array) => void> = [];

  return {
    description: 'simulator',
    get isOpen() {
      return session !== null;
    },
    async open() {
      if (session) return;
      const s = simulator.openSession((bytes) => {
        setImmediate(() => {
          if (session === s) for (const l of dataListeners) l(bytes);
        });
      });
      session = s;
    },
    async write(bytes) {
      if (!session) throw new Error('not connected');
      session.receive(bytes);
    },
    async close() {
      session?.close();
      session = null;
    },
    onData(l) {
      dataListeners.push(l);
    },
    onDisconnect() {
      // An in-process link never drops.
    },
  };
}
