import { cardFixture, type CardFixture } from './fixtures';
import { commandNameOf, type SamCommandName } from './sam-commands';
import { requestFromPayload, SAM_PREAMBLE, encodeFrame } from './sam-frame';
import { SamFrameParser } from './sam-frame-parser';
import type { SamLink } from './sam-link';
import { SamSimulatorCore, type SimCard } from './simulator-core';
import { encodeTextBlock } from './text-block-encode';
import { TypedListeners } from './typed-listeners';

/**
 * A simulated 二代证 reader, seen from the device side of the wire. It parses host frames, answers through
 * `SamSimulatorCore`, and sends replies to whatever device-side port is attached: a serial port (see
 * `startIdCardSimulator`) or an in-process `SamLink` (`openInProcessLink`, for unit tests). The control API is
 * what the technician panel and end-to-end tests use: present / remove a card, fail the next read, add a
 * processing delay, inject line noise, unplug / replug.
 *
 * With `emulateWireTime`, bytes take as long as they would on a real UART at `baudRate` (10 bits per byte):
 * pseudo-terminals deliver instantly, and timing benchmarks need the real wire time.
 */

export type IdCardSimulatorOptions = Readonly<{
  baudRate?: number;
  emulateWireTime?: boolean;
  /** Processing time before each reply (ms). Default 0. */
  delayMs?: number;
  /** In-process links deliver replies in chunks of this many bytes, to exercise reassembly. Default 64. */
  chunkSize?: number;
}>;

export type SimulatorExchange = Readonly<{
  command: SamCommandName | 'unknown' | 'corrupt';
  sw3: number;
  requestBytes: number;
  replyBytes: number;
  /** performance.now() when the whole request had arrived (after its emulated wire time). */
  requestAt: number;
  /** performance.now() when the last reply byte was handed to the port. */
  repliedAt: number;
}>;

export type IdCardSimulatorEvents = {
  exchange: (exchange: SimulatorExchange) => void;
};

/** Where the simulator's bytes go; `write` must keep order. */
export type DevicePort = { write(bytes: Uint8Array): void };

export type PresentableCard = string | CardFixture | SimCard;

export class IdCardSimulator {
  readonly core = new SamSimulatorCore();
  private readonly parser = new SamFrameParser();
  private readonly listeners = new TypedListeners<IdCardSimulatorEvents>();
  private readonly baudRate: number;
  private readonly emulateWireTime: boolean;
  private readonly chunkSize: number;
  private delayMs: number;
  private port: DevicePort | null = null;
  /** Requests are handled one at a time, like the half-duplex SAM. */
  private queue: Promise<void> = Promise.resolve();
  private plugged = true;
  private inProcessLink: InProcessLink | null = null;

  constructor(options: IdCardSimulatorOptions = {}) {
    this.baudRate = options.baudRate ?? 115200;
    this.emulateWireTime = options.emulateWireTime ?? false;
    this.delayMs = options.delayMs ?? 0;
    this.chunkSize = options.chunkSize ?? 64;
  }

  on<E extends keyof IdCardSimulatorEvents>(event: E, listener: IdCardSimulatorEvents[E]): () => void {
    return this.listeners.on(event, listener);
  }

  /** Places a card on the reader: a fixture id (see fixtures.ts), a fixture, or raw card data. */
  present(card: PresentableCard): void {
    this.core.present(toSimCard(card));
  }

  remove(): void {
    this.core.remove();
  }

  get cardPresent(): boolean {
    return this.core.cardPresent;
  }

  failNextRead(count = 1): void {
    this.core.failNextRead(count);
  }

  setDelay(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  /** Makes the SAM fail its self-test (status 60): the reader shows up as 'no-reader'. */
  setSelfTestFailure(fails: boolean): void {
    this.core.selfTestFails = fails;
  }

  /**
   * Sends line noise: random bytes, then a frame with a valid header and a wrong checksum, then more noise. The
   * reader must drop all of it and keep working.
   */
  sendGarbage(bytes?: Uint8Array): void {
    const noise = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(Math.random() * 256));
    let payload = bytes;
    if (!payload) {
      const corrupt = encodeFrame(Uint8Array.from([0x00, 0x00, 0x90]));
      corrupt[corrupt.length - 1] = (corrupt[corrupt.length - 1] ?? 0) ^ 0xff;
      payload = concat([noise(23), Uint8Array.from(SAM_PREAMBLE.slice(0, 3)), noise(9), corrupt, noise(17)]);
    }
    const data = payload;
    this.enqueue(async () => {
      await this.transmit(data);
    });
  }

  /** Attaches the device side of a transport; bytes from the host go to `receive`. */
  attach(port: DevicePort): void {
    this.port = port;
  }

  detach(): void {
    this.port = null;
    this.parser.reset();
  }

  /** Bytes from the host. */
  receive(chunk: Uint8Array): void {
    const arrived = performance.now();
    for (const event of this.parser.push(chunk)) {
      if (event.kind === 'bad-length') continue;
      const payload = event.payload;
      const requestBytes = payload.length + 8;
      this.enqueue(async () => {
        // On a real line the request finishes arriving only after its own wire time.
        await sleepUntil(arrived + this.wireMs(requestBytes));
        const requestAt = performance.now();
        if (this.delayMs > 0) await sleep(this.delayMs);
        const request = event.kind === 'frame' ? requestFromPayload(payload) : null;
        const replyBytes = request ? this.core.respond(request) : this.core.replyToCorruptFrame();
        const command = request ? (commandNameOf(request) ?? 'unknown') : 'corrupt';
        const repliedAt = await this.transmit(replyBytes);
        this.listeners.emit('exchange', {
          command,
          sw3: replyBytes[9] ?? 0,
          requestBytes,
          replyBytes: replyBytes.length,
          requestAt,
          repliedAt,
        });
      });
    }
  }

  // --- in-process transport (unit tests) -------------------------------------------------------------

  /**
   * Opens an in-process link to this simulator, as `openLink` for `createPollingIdCardReader`. Rejects while
   * unplugged, like opening a missing serial port.
   */
  openInProcessLink = async (): Promise<SamLink> => {
    if (!this.plugged) throw new Error('simulated reader is unplugged');
    void this.inProcessLink?.close();
    const link = new InProcessLink(this, this.chunkSize);
    this.inProcessLink = link;
    this.attach(link.devicePort);
    return link;
  };

  /** In-process unplug: the open link closes and new opens fail until `replug()`. */
  unplugInProcess(): void {
    this.plugged = false;
    void this.inProcessLink?.close();
    this.inProcessLink = null;
    this.detach();
  }

  replugInProcess(): void {
    this.plugged = true;
  }

  // --- internals ---------------------------------------------------------------------------------------

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch(() => {});
  }

  private wireMs(bytes: number): number {
    return this.emulateWireTime ? (bytes * 10 * 1000) / this.baudRate : 0;
  }

  /** Writes bytes, paced at the baud rate when emulating; resolves with the time the last byte went out. */
  private async transmit(bytes: Uint8Array): Promise<number> {
    if (!this.emulateWireTime) {
      this.port?.write(bytes);
      return performance.now();
    }
    // Each slice is written when its last byte would have finished on the wire (drift-free: absolute targets).
    const slice = 32;
    const start = performance.now();
    for (let i = 0; i < bytes.length; i += slice) {
      const end = Math.min(i + slice, bytes.length);
      await sleepUntil(start + this.wireMs(end));
      this.port?.write(bytes.subarray(i, end));
    }
    return performance.now();
  }
}

/** Link whose host side is handed to the reader and whose device side feeds the simulator. */
class InProcessLink implements SamLink {
  private readonly dataListeners: Array<(chunk: Uint8Array) => void> = [];
  private readonly closeListeners: Array<(error?: Error) => void> = [];
  private closed = false;
  readonly devicePort: DevicePort;

  constructor(
    private readonly simulator: IdCardSimulator,
    chunkSize: number,
  ) {
    this.devicePort = {
      write: (bytes) => {
        const copy = bytes.slice();
        // Deliver asynchronously and in pieces, as a serial driver would.
        for (let i = 0; i < copy.length; i += chunkSize) {
          const piece = copy.subarray(i, i + chunkSize);
          setImmediate(() => {
            if (!this.closed) for (const l of this.dataListeners) l(piece);
          });
        }
      },
    };
  }

  write(bytes: Uint8Array): void {
    if (this.closed) return;
    const copy = bytes.slice();
    setImmediate(() => {
      if (!this.closed) this.simulator.receive(copy);
    });
  }

  onData(listener: (chunk: Uint8Array) => void): void {
    this.dataListeners.push(listener);
  }

  onClose(listener: (error?: Error) => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      for (const l of this.closeListeners) l();
    }
    return Promise.resolve();
  }
}

export function toSimCard(card: PresentableCard): SimCard {
  if (typeof card === 'string') card = cardFixture(card);
  if ('text' in card) return card;
  return { text: encodeTextBlock(card.card), photo: card.photoWlt };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function sleepUntil(t: number): Promise<void> {
  const ms = t - performance.now();
  return ms > 0 ? sleep(ms) : Promise.resolve();
}
