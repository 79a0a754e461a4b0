/**
 * The link to a printer, whatever carries it (serial port, TCP socket, in-process simulator). The driver owns the
 * protocol; transports only move bytes and say when the link is gone.
 */
export type ByteTransport = {
  /** Opens the link; rejects if the device is absent or refuses. May be called again after a close. */
  open(): Promise<void>;
  /** Resolves once the bytes have left this process (drained to the OS / socket). */
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  readonly isOpen: boolean;
  /** Bytes from the printer. */
  onData(listener: (bytes: Uint8Array) => void): void;
  /** The link went away without close() (cable pulled, printer powered off, socket reset). */
  onDisconnect(listener: (reason: string) => void): void;
  /** Human-readable description for logs, e.g. 'serial:/dev/ttyUSB0@9600'. */
  readonly description: string;
};
