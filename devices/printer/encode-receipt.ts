import * as cmd from './escpos-commands';
import { bytesOf, columnsOf, toPrintable, type Cell } from './printable-text';
import {
  columnsFor,
  type Align,
  type PaperWidth,
  type ReceiptBlock,
  type ReceiptDocument,
  type TextSize,
} from './receipt-document';
import { wrapCells } from './text-wrap';

export type EncodeOptions = Readonly<{
  width: PaperWidth;
  /** Glyph printed in place of characters the printer's font lacks (default '□'). */
  replacement?: string;
}>;

export type EncodedReceipt = Readonly<{
  bytes: Uint8Array;
  /** Characters that could not be printed and were replaced, each once, in order of first appearance. */
  replaced: ReadonlyArray<string>;
}>;

/** Thrown for documents that cannot be printed at all (a QR payload too long, a non-ASCII divider…). */
export class InvalidReceiptError extends Error {
  override readonly name = 'InvalidReceiptError';
}

type Style = { align: Align; bold: boolean; underline: boolean; size: TextSize };

const DEFAULT_STYLE: Style = { align: 'left', bold: false, underline: false, size: 'normal' };
const KV_INDENT = 2;

/**
 * Renders a ReceiptDocument to ESC/POS bytes: ESC @, FS & (Chinese mode), then each block; style commands are
 * sent only when the style changes. Text is GB18030 double-byte, wrapped by display width for the roll.
 */
export function encodeReceipt(doc: ReceiptDocument, options: EncodeOptions): EncodedReceipt {
  const out: number[] = [...cmd.initialize(), ...cmd.chineseModeOn()];
  const replaced: string[] = [];
  const style: Style = { ...DEFAULT_STYLE };
  const baseColumns = columnsFor(options.width);

  const setStyle = (want: Style): void => {
    if (want.align !== style.align) out.push(...cmd.align(want.align));
    if (want.bold !== style.bold) out.push(...cmd.bold(want.bold));
    if (want.underline !== style.underline) out.push(...cmd.underline(want.underline));
    if (want.size !== style.size) out.push(...cmd.size(want.size));
    Object.assign(style, want);
  };
  const printable = (text: string): Cell[][] =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((paragraph) => {
        const p = toPrintable(paragraph, options.replacement);
        for (const ch of p.replaced) if (!replaced.includes(ch)) replaced.push(ch);
        return [...p.cells];
      });
  const emitLine = (cells: ReadonlyArray<Cell>): void => {
    out.push(...bytesOf(cells), cmd.LF);
  };

  for (const block of doc.blocks) {
    try {
      encodeBlock(block);
    } catch (e) {
      if (e instanceof RangeError) throw new InvalidReceiptError(`${block.type} block: ${e.message}`);
      throw e;
    }
  }
  return { bytes: Uint8Array.from(out), replaced };

  function encodeBlock(block: ReceiptBlock): void {
    switch (block.type) {
      case 'text': {
        const size = block.size ?? 'normal';
        setStyle({
          align: block.align ?? 'left',
          bold: block.bold ?? false,
          underline: block.underline ?? false,
          size,
        });
        const columns = Math.floor(baseColumns / cmd.SIZE_FACTORS[size].width);
        const indent = Math.max(0, Math.min(block.hangingIndent ?? 0, columns - 2));
        const pad = toPrintable(' '.repeat(indent)).cells;
        for (const paragraph of printable(block.text)) {
          wrapCells(paragraph, columns, columns - indent).forEach((line, i) =>
            emitLine(i === 0 ? line : [...pad, ...line]),
          );
        }
        break;
      }
      case 'kv': {
        setStyle({ ...DEFAULT_STYLE, bold: block.bold ?? false });
        const label = printable(block.label).flat();
        const value = printable(block.value);
        const oneLine = value.length === 1 ? (value[0] ?? []) : null;
        if (oneLine && columnsOf(label) + 1 + columnsOf(oneLine) <= baseColumns) {
          const gap = baseColumns - columnsOf(label) - columnsOf(oneLine);
          emitLine([...label, ...toPrintable(' '.repeat(gap)).cells, ...oneLine]);
        } else {
          for (const line of wrapCells(label, baseColumns)) emitLine(line);
          const indent = toPrintable(' '.repeat(KV_INDENT)).cells;
          for (const paragraph of value) {
            for (const line of wrapCells(paragraph, baseColumns - KV_INDENT)) emitLine([...indent, ...line]);
          }
        }
        break;
      }
      case 'divider': {
        const char = block.char ?? '-';
        if (!/^[\x21-\x7e]$/.test(char))
          throw new InvalidReceiptError('divider char must be one printable ASCII character');
        setStyle({ ...DEFAULT_STYLE });
        emitLine(toPrintable(char.repeat(baseColumns)).cells);
        break;
      }
      case 'qr': {
        setStyle({ ...DEFAULT_STYLE, align: block.align ?? 'center' });
        const data = new TextEncoder().encode(block.data);
        out.push(
          ...cmd.qrCode(data, {
            model: block.model ?? 2,
            moduleSize: block.moduleSize ?? (options.width === 58 ? 6 : 8),
            ecc: block.errorCorrection ?? 'M',
          }),
        );
        break;
      }
      case 'feed':
        out.push(...cmd.feedLines(block.lines));
        break;
      case 'line-spacing':
        out.push(...(block.dots === undefined ? cmd.lineSpacingDefault() : cmd.lineSpacing(block.dots)));
        break;
      case 'cut': {
        const feed = block.feedLines ?? 4;
        if (feed > 0) out.push(...cmd.feedLines(feed));
        out.push(...cmd.cut(block.mode ?? 'partial'));
        break;
      }
      default: {
        const never: never = block;
        throw new InvalidReceiptError(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
}
