import { EscPosTokenizer, type EscPosToken } from './escpos-tokenizer';
import { ReceiptAssembler, type PrintedReceipt } from './receipt-assembler';
import { sensorByteFor, statusBytesFor, type PrinterStatus } from './printer-status';

/**
 * A Chinese ESC/POS thermal printer in software: it decodes what it is sent onto virtual paper, answers real-time
 * status (DLE EOT) at any time and sensor status (GS r) only once everything before it has printed, and can be
 * put out of paper, opened, taken offline or made to run out of paper part-way through a job. Transport-free:
 * `openSession(reply)` is one connection; serial and TCP hosts (simulator-hosts) wire sessions to real ports.
 */

export type SimulatorOptions = Readonly<{
  /** Whether the printer boots in Chinese mode (default true, like SP91/ZJ-58). */
  chineseByDefault?: boolean;
  /** Delay before status replies, to make the link feel like a slow serial line (default 0). */
  replyDelayMs?: number;
  /**
   * What a stopped printer (no paper, cover open, offline) does with the jobs it receives: 'discard' them (default)
   * or 'hold' them and print them once it recovers, as printers that keep their receive buffer do.
   */
  whileStopped?: 'discard' | 'hold';
}>;

export type SimulatorSession = Readonly<{
  receive(chunk: Uint8Array): void;
  close(): void;
}>;

type Flags = { paperOut: boolean; coverOpen: boolean; nearEnd: boolean; offline: boolean; error: boolean };

export class PrinterSimulator {
  readonly #assembler: ReceiptAssembler;
  readonly #replyDelayMs: number;
  readonly #hold: boolean;
  #held: Array<{ token: EscPosToken; send: (bytes: Uint8Array) => void }> = [];
  #flags: Flags = { paperOut: false, coverOpen: false, nearEnd: false, offline: false, error: false };
  #responsive = true;
  #paperLeft: number | null = null;
  #droppedCommands = 0;
  readonly #receiptListeners = new Set<(r: PrintedReceipt) => void>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(options: SimulatorOptions = {}) {
    this.#assembler = new ReceiptAssembler({ chineseByDefault: options.chineseByDefault ?? true });
    this.#replyDelayMs = options.replyDelayMs ?? 0;
    this.#hold = options.whileStopped === 'hold';
  }

  // ---- controls -------------------------------------------------------------------------------------------

  setPaperOut(on: boolean): void {
    this.#flags.paperOut = on;
    if (!on) this.#paperLeft = null;
    this.#resume();
  }
  setCoverOpen(on: boolean): void {
    this.#flags.coverOpen = on;
    this.#resume();
  }
  setNearEnd(on: boolean): void {
    this.#flags.nearEnd = on;
  }
  /** The printer reports itself offline (e.g. waiting for recovery) but still answers status. */
  setOffline(on: boolean): void {
    this.#flags.offline = on;
    this.#resume();
  }
  setError(on: boolean): void {
    this.#flags.error = on;
    this.#resume();
  }
  /** false = powered off behind a live link: bytes vanish, nothing is answered. */
  setResponsive(on: boolean): void {
    this.#responsive = on;
  }
  /** The roll ends after `lines` more lines of paper (text lines, feeds, QR codes); null = endless roll. */
  runOutOfPaperAfter(lines: number | null): void {
    this.#paperLeft = lines;
  }

  status(): PrinterStatus {
    const f = this.#flags;
    return {
      online: !f.offline && !f.coverOpen && !f.paperOut && !f.error,
      coverOpen: f.coverOpen,
      paperOut: f.paperOut,
      paperNearEnd: f.nearEnd || f.paperOut,
      error: f.error,
    };
  }

  // ---- output ---------------------------------------------------------------------------------------------

  /** Receipts printed and cut (or stopped part-way, with complete: false), oldest first. */
  receipts(): ReadonlyArray<PrintedReceipt> {
    return this.#assembler.receipts();
  }
  /** Paper printed since the last cut, if any. */
  current(): PrintedReceipt | null {
    return this.#assembler.current();
  }
  clearReceipts(): void {
    this.#assembler.clear();
  }
  /** Called with each receipt as it is cut or stops part-way. Returns an unsubscribe function. */
  onReceipt(listener: (r: PrintedReceipt) => void): () => void {
    this.#receiptListeners.add(listener);
    return () => this.#receiptListeners.delete(listener);
  }
  /** Commands thrown away because the printer could not print (offline, no paper, cover open; 'discard' mode). */
  get droppedCommands(): number {
    return this.#droppedCommands;
  }

  // ---- wire -----------------------------------------------------------------------------------------------

  /** One connection to the printer; `reply` receives the bytes the printer sends back. */
  openSession(reply: (bytes: Uint8Array) => void): SimulatorSession {
    const tokenizer = new EscPosTokenizer();
    let open = true;
    const send = (bytes: Uint8Array): void => {
      if (this.#replyDelayMs <= 0) return reply(bytes);
      const t = setTimeout(() => {
        this.#timers.delete(t);
        if (open) reply(bytes);
      }, this.#replyDelayMs);
      this.#timers.add(t);
    };
    return {
      receive: (chunk) => {
        if (!open || !this.#responsive) return;
        for (const token of tokenizer.push(chunk)) this.#handle(token, send);
      },
      close: () => {
        open = false;
      },
    };
  }

  /** Cancels pending delayed replies. */
  dispose(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
  }

  #canPrint(): boolean {
    const s = this.status();
    return s.online;
  }

  #handle(token: EscPosToken, send: (bytes: Uint8Array) => void): void {
    if (token.kind === 'status-query') {
      const bytes = statusBytesFor(this.status());
      const answer = bytes[token.n - 1];
      if (answer !== undefined) send(Uint8Array.of(answer));
      return;
    }
    if (!this.#canPrint()) {
      if (this.#hold) this.#held.push({ token, send });
      else this.#droppedCommands++;
      return;
    }
    this.#print(token, send);
  }

  /** Back online: print what was held, until the printer stops again. */
  #resume(): void {
    while (this.#held.length && this.#canPrint()) {
      const next = this.#held.shift();
      if (next) this.#print(next.token, next.send);
    }
  }

  #print(token: EscPosToken, send: (bytes: Uint8Array) => void): void {
    if (token.kind === 'sensor-query') {
      if (token.n === 1 || token.n === 49) send(Uint8Array.of(sensorByteFor(this.status())));
      return;
    }
    const receiptsBefore = this.#assembler.receipts().length;
    const linesBefore = this.#assembler.printedLines;
    this.#assembler.consume(token);
    if (this.#paperLeft !== null) {
      this.#paperLeft -= this.#assembler.printedLines - linesBefore;
      if (this.#paperLeft <= 0) {
        this.#flags.paperOut = true;
        this.#paperLeft = null;
        this.#assembler.interrupt();
      }
    }
    const all = this.#assembler.receipts();
    for (let i = receiptsBefore; i < all.length; i++) {
      const r = all[i];
      if (r) for (const l of this.#receiptListeners) l(r);
    }
  }
}
