import type {
  CardReadEvent,
  IdCardErrorCode,
  IdCardReader,
  IdCardReaderEvents,
  IdCardReaderStatus,
} from './id-card-reader';
import { Sw3, type SamCommandName } from './sam-commands';
import type { OpenSamLink, SamLink } from './sam-link';
import { SamSession, type TransactResult } from './sam-session';
import { decodeIdentityCard } from './text-block-decode';
import { splitReadPayload } from './read-payload';
import { TypedListeners } from './typed-listeners';

/**
 * The SAM reader's polling loop, independent of transport: status → find → select → read, card-removal
 * detection, per-command timeouts and reconnection. One loop runs while started; every await in it is bounded
 * (command timeouts, interruptible sleeps), so stop() always completes.
 */

export type PollingReaderOptions = Readonly<{
  openLink: OpenSamLink;
  /** Time between the starts of two find-card polls (≤ 250 ms required). Default 200. */
  pollIntervalMs?: number;
  /** Time between attempts to reopen a lost or missing port, or to re-probe a silent one. Default 1000. */
  reconnectIntervalMs?: number;
  /** Timeout for status, find and select. Default 500. */
  commandTimeoutMs?: number;
  /** Timeout for the text+photo read, which carries ~1.3 kB and takes the card a while. Default 3000. */
  readTimeoutMs?: number;
  /** Consecutive timeouts after which the port is closed and reopened. Default 3. */
  maxConsecutiveTimeouts?: number;
  /** Use 30 10 (text + photo + fingerprint) instead of 30 01. Default false. */
  readFingerprint?: boolean;
  /** Clock for timing info; performance.now by default. */
  now?: () => number;
  /** Receives exceptions thrown by listeners (logging); ignored by default. */
  onListenerError?: (error: unknown) => void;
}>;

export function createPollingIdCardReader(options: PollingReaderOptions): IdCardReader {
  return new PollingIdCardReader(options);
}

class PollingIdCardReader implements IdCardReader {
  private readonly listeners: TypedListeners<IdCardReaderEvents>;
  private readonly pollIntervalMs: number;
  private readonly reconnectIntervalMs: number;
  private readonly commandTimeoutMs: number;
  private readonly readTimeoutMs: number;
  private readonly maxConsecutiveTimeouts: number;
  private readonly now: () => number;

  private currentStatus: IdCardReaderStatus | 'stopped' = 'stopped';
  private running = false;
  private loop: Promise<void> | null = null;
  private stopping: Promise<void> | null = null;
  private startAfterStop = false;
  private wake: (() => void) | null = null;
  private link: SamLink | null = null;
  private session: SamSession | null = null;
  /** The port went away (closed, unplugged, failed write). */
  private linkClosed = false;
  /** The port is open but the reader stays silent: close and reopen it. */
  private reopenRequested = false;
  private cardDelivered = false;
  private consecutiveTimeouts = 0;

  constructor(private readonly options: PollingReaderOptions) {
    this.listeners = new TypedListeners(options.onListenerError);
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.reconnectIntervalMs = options.reconnectIntervalMs ?? 1000;
    this.commandTimeoutMs = options.commandTimeoutMs ?? 500;
    this.readTimeoutMs = options.readTimeoutMs ?? 3000;
    this.maxConsecutiveTimeouts = options.maxConsecutiveTimeouts ?? 3;
    this.now = options.now ?? (() => performance.now());
  }

  get status(): IdCardReaderStatus | 'stopped' {
    return this.currentStatus;
  }

  on<E extends keyof IdCardReaderEvents>(event: E, listener: IdCardReaderEvents[E]): () => void {
    return this.listeners.on(event, listener);
  }

  start(): void {
    // A start while a stop is still closing the port (the next session's start before the last one's stop has
    // finished) starts the loop once that stop is done: two loops on one session would refuse each other's
    // commands.
    if (this.stopping) {
      this.startAfterStop = true;
      return;
    }
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.running) {
      this.startAfterStop = false;
      return this.stopping ?? undefined;
    }
    this.running = false;
    this.wake?.();
    const stopping = (async () => {
      await this.loop;
      this.loop = null;
      await this.dropLink();
      this.cardDelivered = false;
      this.currentStatus = 'stopped';
      this.stopping = null;
      if (this.startAfterStop) {
        this.startAfterStop = false;
        this.start();
      }
    })();
    this.stopping = stopping;
    await stopping;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.session || this.linkClosed || this.reopenRequested) {
          await this.connect();
          continue;
        }
        if (this.currentStatus !== 'connected') {
          await this.probe();
          continue;
        }
        const started = this.now();
        await this.pollOnce();
        await this.sleep(this.pollIntervalMs - (this.now() - started));
      } catch (error) {
        // Defensive: nothing above should throw, but the loop must outlive any bug in a single cycle.
        this.emitError('unreadable', `poll cycle failed: ${(error as Error)?.message ?? String(error)}`);
        await this.sleep(this.pollIntervalMs);
      }
    }
  }

  /** Opens the port; on success probes the SAM, otherwise waits and retries. */
  private async connect(): Promise<void> {
    await this.dropLink();
    let link: SamLink;
    try {
      link = await this.options.openLink();
    } catch {
      this.setStatus('disconnected');
      await this.sleep(this.reconnectIntervalMs);
      return;
    }
    if (!this.running) {
      await link.close();
      return;
    }
    this.link = link;
    this.linkClosed = false;
    this.reopenRequested = false;
    this.session = new SamSession(link, (detail) => this.emitError('bad-frame', detail));
    link.onClose(() => {
      if (this.link !== link) return;
      this.linkClosed = true;
      this.wake?.();
    });
    this.consecutiveTimeouts = 0;
    await this.probe();
  }

  /** Asks the SAM for its status; 'connected' only when it answers OK. */
  private async probe(): Promise<void> {
    const result = await this.command('status', this.commandTimeoutMs);
    if (result === null) return;
    if (result.ok && result.response.sw3 === Sw3.ok) {
      this.setStatus('connected');
      return;
    }
    this.setStatus('no-reader');
    await this.sleep(this.reconnectIntervalMs);
  }

  private async pollOnce(): Promise<void> {
    const find = await this.command('findCard', this.commandTimeoutMs);
    if (find === null || !find.ok) return;
    const foundAt = this.now();
    const sw3 = find.response.sw3;
    if (sw3 === Sw3.findFailed) {
      if (this.cardDelivered) {
        this.cardDelivered = false;
        this.listeners.emit('removed');
      }
      return;
    }
    if (sw3 !== Sw3.cardFound || this.cardDelivered) return;

    this.listeners.emit('reading');
    const select = await this.command('selectCard', this.commandTimeoutMs);
    if (select === null || !select.ok) return;
    if (select.response.sw3 !== Sw3.ok) {
      this.emitError('unreadable', `select failed: SW3 ${hex(select.response.sw3)}`);
      return;
    }
    const withFingerprint = this.options.readFingerprint ?? false;
    const read = await this.command(
      withFingerprint ? 'readTextPhotoFingerprint' : 'readTextPhoto',
      this.readTimeoutMs,
    );
    if (read === null || !read.ok) return;
    if (read.response.sw3 !== Sw3.ok) {
      this.emitError('unreadable', `read failed: SW3 ${hex(read.response.sw3)}`);
      return;
    }
    const parts = splitReadPayload(read.response.data, withFingerprint);
    if (!parts) {
      this.emitError('unreadable', 'read reply lengths do not add up');
      return;
    }
    const decoded = decodeIdentityCard(
      parts.text,
      parts.photo,
      parts.fingerprint ? { fingerprint: parts.fingerprint } : {},
    );
    if (!decoded.ok) {
      this.emitError('unreadable', `text block refused: ${decoded.problem}`);
      return;
    }
    this.cardDelivered = true;
    const event: CardReadEvent = {
      card: decoded.card,
      timing: { foundAt, deliveredAt: this.now(), selectAndReadBytes: select.bytes + read.bytes },
    };
    this.listeners.emit('card', event);
  }

  /**
   * Runs one command. Returns null when the link is gone or the loop is stopping (caller just returns); failures
   * are reported as errors here, and repeated timeouts make the loop reopen the port.
   */
  private async command(name: SamCommandName, timeoutMs: number): Promise<TransactResult | null> {
    const session = this.session;
    if (!session || this.linkClosed || this.reopenRequested || !this.running) return null;
    const result = await session.transact(name, timeoutMs);
    if (result.ok) {
      this.consecutiveTimeouts = 0;
      return result;
    }
    if (result.code === 'disconnected' || this.linkClosed) {
      this.linkClosed = true;
      return null;
    }
    if (!this.running) return null;
    this.emitError(result.code, result.detail);
    if (result.code === 'timeout' && ++this.consecutiveTimeouts >= this.maxConsecutiveTimeouts) {
      // A silent reader: reopen the port (a vanished pty or USB adapter shows up as failed writes or silence).
      this.consecutiveTimeouts = 0;
      this.setStatus('no-reader');
      this.reopenRequested = true;
      return null;
    }
    return result;
  }

  private async dropLink(): Promise<void> {
    const link = this.link;
    const lost = link !== null && this.linkClosed && this.running;
    this.link = null;
    this.session = null;
    if (this.cardDelivered) {
      this.cardDelivered = false;
      this.listeners.emit('removed');
    }
    if (lost) {
      if (this.currentStatus !== 'disconnected') this.emitError('disconnected', 'reader connection lost');
      this.setStatus('disconnected');
    }
    if (link) await link.close().catch(() => {});
  }

  private setStatus(status: IdCardReaderStatus): void {
    if (this.currentStatus === status) return;
    this.currentStatus = status;
    this.listeners.emit('status', status);
  }

  private emitError(code: IdCardErrorCode, detail: string): void {
    this.listeners.emit('error', { code, detail });
  }

  /** Sleeps up to `ms`, waking early on stop() or when the link is lost. */
  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
