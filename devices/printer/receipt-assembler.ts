import iconv from 'iconv-lite';
import type { EscPosToken } from './escpos-tokenizer';
import type { Align, QrErrorCorrection } from './receipt-document';

/**
 * Plays ESC/POS tokens onto virtual paper: keeps the printer's mode (Chinese mode, alignment, emphasis, size),
 * decodes each line's bytes when its LF arrives (GB18030 in Chinese mode) and splits the roll into receipts at
 * each cut. Used by the decoder for tests and by the printer simulator.
 */

export type PrintedLine = Readonly<{
  type: 'text';
  text: string;
  align: Align;
  bold: boolean;
  underline: boolean;
  /** Magnification (1 or more), the larger of GS ! (ASCII) and FS ! (Chinese) at the line's first character. */
  width: number;
  height: number;
}>;
export type PrintedQr = Readonly<{
  type: 'qr';
  data: string;
  align: Align;
  moduleSize: number;
  errorCorrection: QrErrorCorrection;
  model: 1 | 2;
}>;
export type PrintedFeed = Readonly<{ type: 'feed'; lines: number }>;
export type PrintedItem = PrintedLine | PrintedQr | PrintedFeed;

export type PrintedReceipt = Readonly<{
  items: ReadonlyArray<PrintedItem>;
  /** The text lines alone, in order (blank lines as ''). */
  lines: ReadonlyArray<string>;
  qrCodes: ReadonlyArray<string>;
  /** How the receipt was cut off the roll; null if it has not been cut (yet). */
  cut: 'full' | 'partial' | null;
  /** False when printing stopped part-way (paper ran out, cover opened). */
  complete: boolean;
}>;

type Mode = {
  chinese: boolean;
  align: Align;
  bold: boolean;
  underline: boolean;
  asciiWidth: number;
  asciiHeight: number;
  cjkWidth: number;
  cjkHeight: number;
  qrModel: 1 | 2;
  qrSize: number;
  qrEcc: QrErrorCorrection;
};

export type AssemblerOptions = Readonly<{
  /** Whether the printer starts (and resets with ESC @) in Chinese mode, as many Chinese models do. Default true. */
  chineseByDefault?: boolean;
}>;

export class ReceiptAssembler {
  readonly #chineseByDefault: boolean;
  #mode: Mode;
  #qrData: Uint8Array | null = null;
  #lineBytes: number[] = [];
  #lineMode: Mode | null = null;
  #items: PrintedItem[] = [];
  #done: PrintedReceipt[] = [];
  #printedLines = 0;

  constructor(options: AssemblerOptions = {}) {
    this.#chineseByDefault = options.chineseByDefault ?? true;
    this.#mode = this.#freshMode();
  }

  #freshMode(): Mode {
    return {
      chinese: this.#chineseByDefault,
      align: 'left',
      bold: false,
      underline: false,
      asciiWidth: 1,
      asciiHeight: 1,
      cjkWidth: 1,
      cjkHeight: 1,
      qrModel: 2,
      qrSize: 3,
      qrEcc: 'L',
    };
  }

  /** Lines of paper used so far (text lines, feed lines and QR symbols), for simulating a roll running out. */
  get printedLines(): number {
    return this.#printedLines;
  }

  consume(token: EscPosToken): void {
    const m = this.#mode;
    switch (token.kind) {
      case 'text':
        if (this.#lineMode === null) this.#lineMode = { ...m };
        for (const b of token.bytes) this.#lineBytes.push(b);
        return;
      case 'lf':
      case 'ff':
        this.#endLine(true);
        return;
      case 'init':
        this.#lineBytes = [];
        this.#lineMode = null;
        this.#mode = this.#freshMode();
        return;
      case 'chinese':
        m.chinese = token.on;
        return;
      case 'align':
        m.align = token.align;
        return;
      case 'bold':
        m.bold = token.on;
        return;
      case 'underline':
        m.underline = token.on;
        return;
      case 'print-mode':
        m.bold = (token.n & 0x08) !== 0;
        m.asciiHeight = token.n & 0x10 ? 2 : 1;
        m.asciiWidth = token.n & 0x20 ? 2 : 1;
        m.underline = (token.n & 0x80) !== 0;
        return;
      case 'size':
        m.asciiWidth = token.width;
        m.asciiHeight = token.height;
        return;
      case 'cjk-mode':
        m.cjkWidth = token.n & 0x04 ? 2 : 1;
        m.cjkHeight = token.n & 0x08 ? 2 : 1;
        return;
      case 'feed':
        this.#endLine(false);
        this.#items.push({ type: 'feed', lines: token.lines });
        this.#printedLines += token.lines;
        return;
      case 'feed-dots':
        this.#endLine(false);
        return;
      case 'cut':
        this.#endLine(false);
        this.#close(token.mode, true);
        return;
      case 'qr-model':
        m.qrModel = token.model;
        return;
      case 'qr-size':
        m.qrSize = token.moduleSize;
        return;
      case 'qr-ecc':
        m.qrEcc = token.ecc;
        return;
      case 'qr-store':
        this.#qrData = token.data;
        return;
      case 'qr-print':
        if (!this.#qrData) return;
        this.#endLine(false);
        this.#items.push({
          type: 'qr',
          data: new TextDecoder().decode(this.#qrData),
          align: m.align,
          moduleSize: m.qrSize,
          errorCorrection: m.qrEcc,
          model: m.qrModel,
        });
        this.#printedLines += 1;
        return;
      default:
        // Line spacing, CR, tabs, status queries and unknown commands leave no mark on the paper model.
        return;
    }
  }

  /** Stops the current receipt where it is (paper ran out, cover opened): it is kept, marked incomplete. */
  interrupt(): void {
    this.#lineBytes = [];
    this.#lineMode = null;
    if (this.#items.length) this.#close(null, false);
  }

  /** Receipts cut (or interrupted) so far. */
  receipts(): ReadonlyArray<PrintedReceipt> {
    return this.#done;
  }

  /** What is on the paper since the last cut, or null if nothing. */
  current(): PrintedReceipt | null {
    return this.#items.length ? toReceipt(this.#items, null, true) : null;
  }

  clear(): void {
    this.#done = [];
  }

  #endLine(always: boolean): void {
    if (!always && this.#lineBytes.length === 0) return;
    const mode = this.#lineMode ?? this.#mode;
    const bytes = Uint8Array.from(this.#lineBytes);
    const text = mode.chinese ? iconv.decode(Buffer.from(bytes), 'gb18030') : decodeSingleByte(bytes);
    this.#items.push({
      type: 'text',
      text,
      align: mode.align,
      bold: mode.bold,
      underline: mode.underline,
      width: Math.max(mode.asciiWidth, mode.cjkWidth),
      height: Math.max(mode.asciiHeight, mode.cjkHeight),
    });
    this.#printedLines += 1;
    this.#lineBytes = [];
    this.#lineMode = null;
  }

  #close(cut: PrintedReceipt['cut'], complete: boolean): void {
    if (this.#items.length === 0) return; // a cut on blank paper leaves no receipt
    this.#done.push(toReceipt(this.#items, cut, complete));
    this.#items = [];
  }
}

/** Outside Chinese mode the printer uses a single-byte code page; only ASCII is decoded faithfully. */
function decodeSingleByte(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\uFFFD')).join('');
}

function toReceipt(
  items: ReadonlyArray<PrintedItem>,
  cut: PrintedReceipt['cut'],
  complete: boolean,
): PrintedReceipt {
  return {
    items: [...items],
    lines: items.flatMap((i) => (i.type === 'text' ? [i.text] : [])),
    qrCodes: items.flatMap((i) => (i.type === 'qr' ? [i.data] : [])),
    cut,
    complete,
  };
}
