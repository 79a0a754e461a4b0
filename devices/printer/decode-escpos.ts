import { tokenizeEscPos, type EscPosToken } from './escpos-tokenizer';
import { ReceiptAssembler, type AssemblerOptions, type PrintedReceipt } from './receipt-assembler';
import { columnsFor, type PaperWidth } from './receipt-document';
import { columnsOf, toPrintable } from './printable-text';

/**
 * One-shot decoding of a captured ESC/POS stream, for tests and diagnostics: the receipts it would print, and the
 * status queries and unknown commands it contains.
 */
export type DecodedEscPos = Readonly<{
  /** Cut receipts, followed by the uncut remainder (cut: null) if anything was printed after the last cut. */
  receipts: ReadonlyArray<PrintedReceipt>;
  /** n of every DLE EOT n, in order. */
  statusQueries: ReadonlyArray<number>;
  /** n of every GS r n, in order. */
  sensorQueries: ReadonlyArray<number>;
  unknownCommands: ReadonlyArray<Uint8Array>;
  tokens: ReadonlyArray<EscPosToken>;
}>;

export function decodeEscPos(bytes: Uint8Array, options: AssemblerOptions = {}): DecodedEscPos {
  const tokens = tokenizeEscPos(bytes);
  const assembler = new ReceiptAssembler(options);
  const statusQueries: number[] = [];
  const sensorQueries: number[] = [];
  const unknownCommands: Uint8Array[] = [];
  for (const t of tokens) {
    if (t.kind === 'status-query') statusQueries.push(t.n);
    else if (t.kind === 'sensor-query') sensorQueries.push(t.n);
    else if (t.kind === 'unknown') unknownCommands.push(t.bytes);
    assembler.consume(t);
  }
  const rest = assembler.current();
  return {
    receipts: rest ? [...assembler.receipts(), rest] : assembler.receipts(),
    statusQueries,
    sensorQueries,
    unknownCommands,
    tokens,
  };
}

/**
 * A plain-text picture of a printed receipt as it would look on the roll (alignment applied, magnified lines
 * placed by their real width, QR codes as a [QR: …] placeholder, the cut as a scissors rule) for previews, logs and test failures.
 */
export function receiptToText(receipt: PrintedReceipt, width: PaperWidth): string {
  const columns = columnsFor(width);
  const out: string[] = [];
  const place = (text: string, align: 'left' | 'center' | 'right', used: number): string => {
    const free = Math.max(0, columns - used);
    const left = align === 'left' ? 0 : align === 'right' ? free : Math.floor(free / 2);
    return ' '.repeat(left) + text;
  };
  for (const item of receipt.items) {
    if (item.type === 'text') {
      out.push(place(item.text, item.align, columnsOf(toPrintable(item.text).cells) * item.width).trimEnd());
    } else if (item.type === 'qr') {
      const label = `[QR: ${item.data}]`;
      out.push(place(label, item.align, label.length));
    } else {
      for (let i = 0; i < item.lines; i++) out.push('');
    }
  }
  if (receipt.cut) out.push('✂' + '-'.repeat(columns - 2));
  else if (!receipt.complete) out.push('~'.repeat(columns) + ' (stopped)');
  return out.join('\n');
}
