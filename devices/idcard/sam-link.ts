/**
 * A byte pipe to the reader, opened fresh on every (re)connect. The polling logic is written against this so it
 * runs over a real serial port (`openSerialSamLink`) or straight into the simulator in-process (unit tests).
 */
export type SamLink = {
  /** Queues bytes for the reader; a failed write closes the link (onClose fires). */
  write(bytes: Uint8Array): void;
  onData(listener: (chunk: Uint8Array) => void): void;
  /** Fires once when the link goes away, whether closed by us, unplugged or failed. */
  onClose(listener: (error?: Error) => void): void;
  close(): Promise<void>;
};

/** Opens a link; rejects when the port is not there (unplugged, wrong path, locked). */
export type OpenSamLink = () => Promise<SamLink>;
