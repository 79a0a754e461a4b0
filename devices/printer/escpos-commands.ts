import type { Align, QrErrorCorrection, TextSize } from './receipt-document';

/**
 * The handful of ESC/POS commands the kiosk sends, as byte builders (devices.md §2.2). Written by hand because
 * the npm encoders cannot do GB18030 and count one column per character (devices.md §2.3).
 */

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const EOT = 0x04;
export const LF = 0x0a;

const byte = (n: number, what: string): number => {
  if (!Number.isInteger(n) || n < 0 || n > 255) throw new RangeError(`${what} must be a byte, got ${n}`);
  return n;
};

export const initialize = (): number[] => [ESC, 0x40];
/** FS & — Chinese (double-byte) mode on; harmless on printers that boot in it. */
export const chineseModeOn = (): number[] => [FS, 0x26];
export const chineseModeOff = (): number[] => [FS, 0x2e];

const ALIGN_CODE: Record<Align, number> = { left: 0, center: 1, right: 2 };
export const align = (a: Align): number[] => [ESC, 0x61, ALIGN_CODE[a]];
export const bold = (on: boolean): number[] => [ESC, 0x45, on ? 1 : 0];
export const underline = (on: boolean): number[] => [ESC, 0x2d, on ? 1 : 0];

export const SIZE_FACTORS: Record<TextSize, Readonly<{ width: 1 | 2; height: 1 | 2 }>> = {
  normal: { width: 1, height: 1 },
  tall: { width: 1, height: 2 },
  wide: { width: 2, height: 1 },
  large: { width: 2, height: 2 },
};

/**
 * GS ! scales ASCII; FS ! scales Chinese characters in Chinese mode (0x04 double width, 0x08 double height),
 * so both are sent to keep a mixed line one size.
 */
export function size(s: TextSize): number[] {
  const { width, height } = SIZE_FACTORS[s];
  const gs = ((width - 1) << 4) | (height - 1);
  const fs = (width === 2 ? 0x04 : 0) | (height === 2 ? 0x08 : 0);
  return [GS, 0x21, gs, FS, 0x21, fs];
}

export const lineSpacingDefault = (): number[] => [ESC, 0x32];
export const lineSpacing = (dots: number): number[] => [ESC, 0x33, byte(dots, 'line spacing')];
/** ESC d n — print the buffer and feed n lines. */
export const feedLines = (n: number): number[] => [ESC, 0x64, byte(n, 'feed lines')];
/** GS V 0 / GS V 1 — full / partial cut (only at the start of a line). */
export const cut = (mode: 'partial' | 'full'): number[] => [GS, 0x56, mode === 'full' ? 0 : 1];

const ECC_CODE: Record<QrErrorCorrection, number> = { L: 0x30, M: 0x31, Q: 0x32, H: 0x33 };
/** Largest QR payload: (pL + pH*256) = k + 3 ≤ 7092. */
export const QR_MAX_BYTES = 7089;

/** GS ( k: select model, module size, error correction; store the data; print the symbol. */
export function qrCode(
  data: Uint8Array,
  opts: { model: 1 | 2; moduleSize: number; ecc: QrErrorCorrection },
): number[] {
  if (data.length < 1 || data.length > QR_MAX_BYTES)
    throw new RangeError(`QR data must be 1..${QR_MAX_BYTES} bytes`);
  if (!Number.isInteger(opts.moduleSize) || opts.moduleSize < 1 || opts.moduleSize > 16) {
    throw new RangeError('QR module size must be 1..16');
  }
  const storeLength = data.length + 3;
  return [
    ...[GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, opts.model === 1 ? 0x31 : 0x32, 0x00],
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, opts.moduleSize],
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, ECC_CODE[opts.ecc]],
    ...[GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30],
    ...data,
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30],
  ];
}

/** DLE EOT n — real-time status request, answered with one byte even while the printer is offline. */
export const realtimeStatus = (n: 1 | 2 | 3 | 4): number[] => [DLE, EOT, n];
/**
 * GS r 1 — paper sensor status. Not real-time: the printer answers only after everything sent before it has been
 * processed, so its reply doubles as a "job finished" signal.
 */
export const paperSensorStatus = (): number[] => [GS, 0x72, 0x01];
