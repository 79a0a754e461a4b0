import type { IdentityCard } from './identity-card';

/**
 * The contract the kiosk depends on for the 二代证 reader. Implementations: the serial SAM driver
 * (`createSerialIdCardReader`) and, through it, the built-in simulator. Obligations:
 *
 * - `start()` begins polling for a card (at least every 250 ms) and keeps the reader connected, reopening the
 *   port after an unplug; `stop()` ends polling and closes the port. Both are idempotent.
 * - `card` fires once per presentation: a card left on the reader is not reported again; after `removed`, the
 *   same card presented again is read again.
 * - `removed` fires when a card that was reported leaves the reader (or the reader is lost while it was there).
 * - `status` fires on every change of `status`.
 * - `error` reports problems that do not stop the loop; the reader keeps polling after every error.
 * - Expiry is not judged here: `validUntil` is delivered as read.
 * - Listeners are called synchronously from the polling loop; a throwing listener is isolated.
 */

export type IdCardReaderStatus =
  /** Port open and the SAM answers. */
  | 'connected'
  /** The port cannot be opened or was lost (unplugged); the reader retries every second. */
  | 'disconnected'
  /** The port opens but no SAM answers (wrong port, reader unpowered, SAM self-test failed). */
  | 'no-reader';

export type IdCardErrorCode =
  /** A card was found but could not be selected, read or decoded (e.g. moved away mid-read). */
  | 'unreadable'
  /** The reader did not answer a command in time. */
  | 'timeout'
  /** A reply was corrupted (checksum or length) and dropped. */
  | 'bad-frame'
  /** The connection to the reader was lost. */
  | 'disconnected';

export type IdCardReaderError = Readonly<{
  code: IdCardErrorCode;
  /** English diagnostic for logs, never shown to residents. */
  detail: string;
}>;

export type CardReadTiming = Readonly<{
  /** performance.now() when the 'card found' reply was parsed. */
  foundAt: number;
  /** performance.now() when the card was decoded and the event emitted. */
  deliveredAt: number;
  /** Bytes exchanged (both directions) for select + read. */
  selectAndReadBytes: number;
}>;

export type CardReadEvent = Readonly<{ card: IdentityCard; timing: CardReadTiming }>;

export type IdCardReaderEvents = {
  card: (event: CardReadEvent) => void;
  /** A card was found and is being read (the UI may ask the resident not to move it). */
  reading: () => void;
  removed: () => void;
  status: (status: IdCardReaderStatus) => void;
  error: (error: IdCardReaderError) => void;
};

export type IdCardReader = {
  start(): void;
  stop(): Promise<void>;
  /** 'stopped' before start() and after stop(). */
  readonly status: IdCardReaderStatus | 'stopped';
  /** Registers a listener; returns a function that removes it. */
  on<E extends keyof IdCardReaderEvents>(event: E, listener: IdCardReaderEvents[E]): () => void;
};
