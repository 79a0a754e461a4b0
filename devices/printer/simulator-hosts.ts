import { createServer, type Server, type Socket } from 'node:net';
import { SerialPort } from 'serialport';
import { openPtyPair } from '../serial/pty-pair';
import { createWirePacer } from '../serial/wire-pacer';
import { PrinterSimulator, type SimulatorOptions } from './printer-simulator';

/**
 * Puts a PrinterSimulator on a real wire: the device side of a serial port (a socat pty in tests and demos) or a
 * TCP port like a network printer's 9100, so the kiosk's real drivers are exercised end to end.
 */

/** Called with the bytes the printer has just received (after their wire time when emulated). */
export type ReceivedListener = (bytes: Uint8Array, receivedAt: number) => void;

export type SerialSimulatorHost = Readonly<{
  simulator: PrinterSimulator;
  /** Every byte the printer receives, as it arrives (performance.now() time). Returns an unsubscribe. */
  onReceived(listener: ReceivedListener): () => void;
  close(): Promise<void>;
}>;

export type SerialWireOptions = Readonly<{
  /**
   * Take as long as a real UART at the baud rate to receive and to answer (10 bits a byte), like the ID-card
   * simulator: a pty moves bytes instantly, and receipt timing is mostly wire time (~1 ms a byte at 9600).
   */
  emulateWireTime?: boolean;
}>;

/** Serves `simulator` on the device end of a serial line (e.g. PtyPair.devicePath). */
export async function hostSimulatorOnSerial(
  devicePath: string,
  simulator: PrinterSimulator = new PrinterSimulator(),
  baudRate = 115_200,
  wire: SerialWireOptions = {},
): Promise<SerialSimulatorHost> {
  const port = new SerialPort({ path: devicePath, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  const listeners = new Set<ReceivedListener>();
  const writeOut = (bytes: Uint8Array): void => {
    if (port.isOpen) port.write(Buffer.from(bytes));
  };
  const outbound = wire.emulateWireTime ? createWirePacer(baudRate, writeOut) : null;
  const session = simulator.openSession((bytes) => (outbound ? outbound.push(bytes) : writeOut(bytes)));
  const receive = (bytes: Uint8Array, at: number): void => {
    session.receive(bytes);
    for (const l of listeners) l(bytes, at);
  };
  const inbound = wire.emulateWireTime ? createWirePacer(baudRate, receive) : null;
  port.on('data', (d: Buffer) => {
    const bytes = new Uint8Array(d);
    if (inbound) inbound.push(bytes);
    else receive(bytes, performance.now());
  });
  port.on('error', () => {});
  return {
    simulator,
    onReceived(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      inbound?.clear();
      outbound?.clear();
      listeners.clear();
      session.close();
      simulator.dispose();
      if (port.isOpen) await new Promise<void>((r) => port.close(() => r()));
    },
  };
}

export type PtySimulator = Readonly<{
  simulator: PrinterSimulator;
  onReceived(listener: ReceivedListener): () => void;
  /** The path the kiosk opens as its printer port, e.g. createReceiptPrinter(hostPath). */
  hostPath: string;
  close(): Promise<void>;
}>;

/**
 * A socat pty pair with the simulator on one end: the whole serial stack, no hardware. `wire.baudRate` (default
 * 115200) is the line's speed, which the simulator keeps to with `wire.emulateWireTime`.
 */
export async function startPtyPrinterSimulator(
  options: SimulatorOptions = {},
  wire: SerialWireOptions & Readonly<{ baudRate?: number }> = {},
): Promise<PtySimulator> {
  const pair = await openPtyPair();
  try {
    const host = await hostSimulatorOnSerial(
      pair.devicePath,
      new PrinterSimulator(options),
      wire.baudRate ?? 115_200,
      wire,
    );
    return {
      simulator: host.simulator,
      onReceived: host.onReceived,
      hostPath: pair.hostPath,
      async close() {
        await host.close();
        await pair.close();
      },
    };
  } catch (e) {
    await pair.close();
    throw e;
  }
}

export type TcpSimulatorHost = Readonly<{
  simulator: PrinterSimulator;
  host: string;
  port: number;
  /** 'tcp://127.0.0.1:<port>', ready for createReceiptPrinter. */
  url: string;
  /** Resets every open connection, like a printer power-cycling or a switch dropping the link. */
  dropConnections(): void;
  close(): Promise<void>;
}>;

/**
 * Listens like a network printer. port 0 picks a free port; pass a previous host's port to "bring the printer
 * back" at the same address after close().
 */
export async function startTcpPrinterSimulator(
  options: Readonly<{ host?: string; port?: number; simulator?: PrinterSimulator }> = {},
): Promise<TcpSimulatorHost> {
  const simulator = options.simulator ?? new PrinterSimulator();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const session = simulator.openSession((bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    });
    socket.on('data', (d: Buffer) => session.receive(new Uint8Array(d)));
    socket.on('error', () => {});
    socket.on('close', () => {
      session.close();
      sockets.delete(socket);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const dropConnections = (): void => {
    for (const s of sockets) s.destroy();
  };
  return {
    simulator,
    host,
    port,
    url: `tcp://${host}:${port}`,
    dropConnections,
    async close() {
      dropConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
