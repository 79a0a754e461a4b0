import type { ByteTransport } from './byte-transport';
import * as cmd from './escpos-commands';
import { encodeReceipt, InvalidReceiptError } from './encode-receipt';
import { parseStatusBytes, type PrinterStatus } from './printer-status';
import type { PaperWidth, ReceiptDocument } from './receipt-document';
import type { PrintFailureCode, PrintResult, ReceiptPrinter, StatusResult } from './receipt-printer';
import { LinkError, ReplyRouter, withTimeout } from './reply-router';

/**
 * The ESC/POS receipt printer driver, over any ByteTransport (serial, TCP, in-process simulator).
 *
 * A job: real-time status (DLE EOT 1–4) → refuse if the printer cannot print → send the receipt followed by
 * GS r 1 → wait for GS r's reply, which the printer sends only after printing everything before it, polling
 * real-time status meanwhile so a roll running out mid-job is reported at once → status again. One operation at a
 * time; the link is reopened with backoff whenever it drops.
 */

export type EscPosPrinterOptions = Readonly<{
  width: PaperWidth;
  /** Glyph for characters the printer cannot print (default '□'). */
  replacement?: string;
  openTimeoutMs?: number;
  /** Time for the four DLE EOT replies (default 1000 ms). */
  statusTimeoutMs?: number;
  /** Time for the bytes to leave (default 15 s: ~2 KB at 9600 baud takes 2 s). */
  writeTimeoutMs?: number;
  /** Time for the printer to finish a job (default 30 s). */
  completionTimeoutMs?: number;
  /** Real-time status poll while a job prints (default 250 ms). */
  jobPollMs?: number;
  /** Background status poll while someone listens (default 5 s; 0 = never). */
  pollIntervalMs?: number;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  log?: (message: string) => void;
}>;

const STATUS_QUERY = Uint8Array.from([
  ...cmd.realtimeStatus(1),
  ...cmd.realtimeStatus(2),
  ...cmd.realtimeStatus(3),
  ...cmd.realtimeStatus(4),
]);

/** Why a printer in this state must not be sent a job, or null if it can print. */
export function refusalFor(
  s: PrinterStatus,
): Exclude<PrintFailureCode, 'not-connected' | 'timeout' | 'invalid-document'> | null {
  if (s.coverOpen) return 'cover-open';
  if (s.paperOut) return 'paper-out';
  if (s.error) return 'printer-error';
  if (!s.online) return 'offline';
  return null;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class EscPosPrinter implements ReceiptPrinter {
  readonly width: PaperWidth;
  readonly #transport: ByteTransport;
  readonly #router = new ReplyRouter();
  readonly #o: Required<Omit<EscPosPrinterOptions, 'replacement' | 'log'>> &
    Pick<EscPosPrinterOptions, 'replacement'>;
  readonly #log: (m: string) => void;
  readonly #listeners = new Set<(s: StatusResult) => void>();
  #lock: Promise<unknown> = Promise.resolve();
  #last: string | null = null;
  #closed = false;
  #afterTimeout = false;
  /** A job failed part-way: the printer may still finish it (and answer its GS r) once recovered. */
  #unsettled = false;
  #reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  #reconnectDelay: number;
  #pollTimer: ReturnType<typeof setTimeout> | null = null;
  #polling = false;

  constructor(transport: ByteTransport, options: EscPosPrinterOptions) {
    this.width = options.width;
    this.#transport = transport;
    this.#o = {
      width: options.width,
      replacement: options.replacement,
      openTimeoutMs: options.openTimeoutMs ?? 3_000,
      statusTimeoutMs: options.statusTimeoutMs ?? 1_000,
      writeTimeoutMs: options.writeTimeoutMs ?? 15_000,
      completionTimeoutMs: options.completionTimeoutMs ?? 30_000,
      jobPollMs: options.jobPollMs ?? 250,
      pollIntervalMs: options.pollIntervalMs ?? 5_000,
      reconnectMinMs: options.reconnectMinMs ?? 500,
      reconnectMaxMs: options.reconnectMaxMs ?? 5_000,
    };
    this.#log = options.log ?? (() => {});
    this.#reconnectDelay = this.#o.reconnectMinMs;
    transport.onData((bytes) => this.#router.feed(bytes));
    transport.onDisconnect((reason) => {
      this.#log(`printer ${transport.description} disconnected: ${reason}`);
      this.#router.failAll(reason);
      this.#emit({ ok: false, code: 'not-connected' });
      this.#scheduleReconnect();
    });
  }

  print(doc: ReceiptDocument): Promise<PrintResult> {
    let encoded: ReturnType<typeof encodeReceipt>;
    try {
      encoded = encodeReceipt(doc, { width: this.width, replacement: this.#o.replacement });
    } catch (e) {
      if (!(e instanceof InvalidReceiptError)) throw e;
      return Promise.resolve({ ok: false, code: 'invalid-document', phase: 'before', detail: e.message });
    }
    return this.#exclusive(() => this.#printLocked(encoded.bytes, encoded.replaced));
  }

  status(): Promise<StatusResult> {
    return this.#exclusive(() => this.#statusLocked());
  }

  onStatusChange(listener: (s: StatusResult) => void): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#schedulePoll(0);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && this.#pollTimer) {
        clearTimeout(this.#pollTimer);
        this.#pollTimer = null;
      }
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
    if (this.#pollTimer) clearTimeout(this.#pollTimer);
    this.#listeners.clear();
    await this.#lock.catch(() => {});
    this.#router.failAll('printer closed');
    await this.#transport.close();
  }

  // ---- one job ----------------------------------------------------------------------------------------------

  async #printLocked(bytes: Uint8Array, replaced: ReadonlyArray<string>): Promise<PrintResult> {
    const before = await this.#statusLocked();
    if (!before.ok)
      return { ok: false, code: before.code, phase: 'before', detail: 'status before printing' };
    const refusal = refusalFor(before.status);
    if (refusal) return { ok: false, code: refusal, phase: 'before', status: before.status };
    if (this.#unsettled && !(await this.#settle())) {
      return {
        ok: false,
        code: 'timeout',
        phase: 'before',
        detail: 'printer did not settle after an interrupted job',
      };
    }

    const done = this.#router.expectSensor();
    try {
      const job = new Uint8Array(bytes.length + 3);
      job.set(bytes, 0);
      job.set(cmd.paperSensorStatus(), bytes.length);
      await withTimeout(this.#transport.write(job), this.#o.writeTimeoutMs);
    } catch (e) {
      done.cancel();
      this.#unsettled = true;
      return this.#linkFailure(e, 'during', 'writing the job');
    }
    this.#unsettled = true; // until the printer confirms the job

    const deadline = Date.now() + this.#o.completionTimeoutMs;
    let finished = false;
    void done.promise.then(
      () => (finished = true),
      () => {},
    );
    while (!finished) {
      if (Date.now() >= deadline) {
        done.cancel();
        return { ok: false, code: 'timeout', phase: 'during', detail: 'job not confirmed in time' };
      }
      await Promise.race([done.promise.catch(() => {}), sleep(this.#o.jobPollMs)]);
      if (finished) break;
      const now = await this.#statusLocked();
      if (!now.ok) {
        if (now.code === 'not-connected') {
          done.cancel();
          return { ok: false, code: 'not-connected', phase: 'during' };
        }
        continue; // a printer busy printing may answer late; keep waiting until the deadline
      }
      const stop = refusalFor(now.status);
      if (stop) {
        done.cancel();
        return { ok: false, code: stop, phase: 'during', status: now.status };
      }
    }

    this.#unsettled = false;
    const after = await this.#statusLocked();
    return { ok: true, replaced, status: after.ok ? after.status : before.status };
  }

  /**
   * After an interrupted job, a printer that kept its buffer prints the rest once recovered and then answers that
   * job's GS r. A GS r barrier, plus a short quiet period to swallow such a late reply, keeps it from being taken
   * for the next job's confirmation.
   */
  async #settle(): Promise<boolean> {
    const barrier = this.#router.expectSensor();
    try {
      await withTimeout(
        this.#transport.write(Uint8Array.from(cmd.paperSensorStatus())),
        this.#o.writeTimeoutMs,
      );
      await withTimeout(barrier.promise, this.#o.completionTimeoutMs);
    } catch {
      barrier.cancel();
      return false;
    }
    const late = this.#router.expectSensor();
    await Promise.race([late.promise.catch(() => {}), sleep(200)]);
    late.cancel();
    this.#unsettled = false;
    return true;
  }

  // ---- status and link ----------------------------------------------------------------------------------------

  async #statusLocked(): Promise<StatusResult> {
    const result = await this.#queryStatus();
    this.#emit(result);
    return result;
  }

  async #queryStatus(): Promise<StatusResult> {
    if (!(await this.#ensureOpen())) return { ok: false, code: 'not-connected' };
    // Replies that arrive after a timeout must not be taken for the answers to the next query.
    if (this.#afterTimeout) await sleep(Math.min(200, this.#o.statusTimeoutMs));
    this.#afterTimeout = false;
    try {
      const replies = this.#router.expectStatus(4, this.#o.statusTimeoutMs);
      replies.catch(() => {}); // awaited below unless the write fails first
      await withTimeout(this.#transport.write(STATUS_QUERY), this.#o.writeTimeoutMs);
      const [a, b, c, d] = (await replies) as [number, number, number, number];
      return { ok: true, status: parseStatusBytes([a, b, c, d]) };
    } catch (e) {
      const code = e instanceof LinkError ? e.code : this.#transport.isOpen ? 'timeout' : 'not-connected';
      if (code === 'timeout') this.#afterTimeout = true;
      return { ok: false, code };
    }
  }

  async #ensureOpen(): Promise<boolean> {
    if (this.#closed) return false;
    if (this.#transport.isOpen) return true;
    try {
      await withTimeout(this.#transport.open(), this.#o.openTimeoutMs);
      this.#log(`printer ${this.#transport.description} connected`);
      this.#reconnectDelay = this.#o.reconnectMinMs;
      return true;
    } catch (e) {
      this.#log(`printer ${this.#transport.description} cannot open: ${(e as Error).message}`);
      return false;
    }
  }

  #linkFailure(e: unknown, phase: 'before' | 'during', what: string): PrintResult {
    const code = e instanceof LinkError ? e.code : this.#transport.isOpen ? 'timeout' : 'not-connected';
    return { ok: false, code, phase, detail: `${what}: ${(e as Error).message}` };
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#reconnectTimer) return;
    const delay = this.#reconnectDelay;
    this.#reconnectDelay = Math.min(this.#o.reconnectMaxMs, delay * 2);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      void this.#exclusive(async () => {
        if (this.#closed || this.#transport.isOpen) return;
        const result = await this.#statusLocked();
        if (!result.ok && result.code === 'not-connected') this.#scheduleReconnect();
      });
    }, delay);
    this.#reconnectTimer.unref?.();
  }

  #schedulePoll(delay: number): void {
    if (this.#closed || this.#o.pollIntervalMs <= 0 || this.#listeners.size === 0) return;
    if (this.#pollTimer || this.#polling) return;
    this.#pollTimer = setTimeout(() => {
      this.#pollTimer = null;
      this.#polling = true;
      void this.#exclusive(() => this.#statusLocked()).finally(() => {
        this.#polling = false;
        this.#schedulePoll(this.#o.pollIntervalMs);
      });
    }, delay);
    this.#pollTimer.unref?.();
  }

  #emit(result: StatusResult): void {
    const key = JSON.stringify(result);
    if (key === this.#last) return;
    this.#last = key;
    for (const l of this.#listeners) l(result);
  }

  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(fn, fn);
    this.#lock = run.catch(() => {});
    return run;
  }
}
