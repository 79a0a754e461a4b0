/**
 * The receipt as data: a flat list of blocks that `encodeReceipt` renders to ESC/POS for a 58 or 80 mm roll.
 * Templates build these; nothing in here knows about bytes, so the same document prints at either width.
 */

export type Align = 'left' | 'center' | 'right';

/** Character magnification. 'wide' and 'large' halve the number of columns available on a line. */
export type TextSize = 'normal' | 'tall' | 'wide' | 'large';

/** A paragraph: wrapped by display width (CJK = 2 columns); '\n' forces a line break. */
export type TextBlock = Readonly<{
  type: 'text';
  text: string;
  align?: Align;
  bold?: boolean;
  underline?: boolean;
  size?: TextSize;
  /** Columns of indentation for wrapped continuation lines (numbered lists). */
  hangingIndent?: number;
}>;

/**
 * "label ......... value" on one line when it fits; otherwise the label on its own line and the value wrapped
 * below it, indented, so a long value (an address, a material's name) never collides with its label.
 */
export type KeyValueBlock = Readonly<{
  type: 'kv';
  label: string;
  value: string;
  bold?: boolean;
}>;

/** A full-width rule made of one ASCII character (default '-'). */
export type DividerBlock = Readonly<{ type: 'divider'; char?: string }>;

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** A QR code printed by the printer itself (GS ( k), data sent as UTF-8 bytes. */
export type QrBlock = Readonly<{
  type: 'qr';
  data: string;
  /** Module size in dots, 1..16. Default: 6 on 58 mm, 8 on 80 mm. */
  moduleSize?: number;
  errorCorrection?: QrErrorCorrection;
  model?: 1 | 2;
  align?: Align;
}>;

/** Print and feed n blank lines (ESC d n). */
export type FeedBlock = Readonly<{ type: 'feed'; lines: number }>;

/** Line spacing in motion units (ESC 3 n); omit `dots` to restore the printer's default (ESC 2). */
export type LineSpacingBlock = Readonly<{ type: 'line-spacing'; dots?: number }>;

/** Feed past the cutter, then cut. Partial by default: many Chinese printers have no full cut. */
export type CutBlock = Readonly<{ type: 'cut'; mode?: 'partial' | 'full'; feedLines?: number }>;

export type ReceiptBlock =
  TextBlock | KeyValueBlock | DividerBlock | QrBlock | FeedBlock | LineSpacingBlock | CutBlock;

export type ReceiptDocument = Readonly<{ blocks: ReadonlyArray<ReceiptBlock> }>;

export type PaperWidth = 58 | 80;

/** Columns of ASCII (normal size, font A) per line: 384 dots / 12 on 58 mm, 576 / 12 on 80 mm. */
export function columnsFor(width: PaperWidth): number {
  return width === 58 ? 32 : 48;
}
