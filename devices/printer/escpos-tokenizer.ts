import type { Align, QrErrorCorrection } from './receipt-document';

/**
 * Splits an ESC/POS byte stream into commands and text runs, incrementally: bytes may arrive in any chunking
 * (a serial port delivers a few at a time) and a command cut in half waits for its tail. Text runs are raw bytes
 * (GB18030 in Chinese mode); decoding them is the assembler's job. GB18030 trail bytes are ≥ 0x40, so a byte
 * below 0x20 always starts a command, whatever the mode.
 */

export type EscPosToken =
  | Readonly<{ kind: 'text'; bytes: Uint8Array }>
  | Readonly<{ kind: 'lf' | 'cr' | 'ht' | 'ff' | 'init' }>
  | Readonly<{ kind: 'chinese'; on: boolean }>
  | Readonly<{ kind: 'align'; align: Align }>
  | Readonly<{ kind: 'bold'; on: boolean }>
  | Readonly<{ kind: 'underline'; on: boolean }>
  /** ESC ! n (bit3 emphasized, bit4 double height, bit5 double width, bit7 underline). */
  | Readonly<{ kind: 'print-mode'; n: number }>
  /** GS ! n: character size for ASCII. */
  | Readonly<{ kind: 'size'; width: number; height: number }>
  /** FS ! n: Chinese character mode (0x04 double width, 0x08 double height, 0x80 underline). */
  | Readonly<{ kind: 'cjk-mode'; n: number }>
  | Readonly<{ kind: 'line-spacing'; dots: number | null }>
  | Readonly<{ kind: 'feed'; lines: number }>
  | Readonly<{ kind: 'feed-dots'; dots: number }>
  | Readonly<{ kind: 'cut'; mode: 'full' | 'partial'; feedDots: number }>
  | Readonly<{ kind: 'qr-model'; model: 1 | 2 }>
  | Readonly<{ kind: 'qr-size'; moduleSize: number }>
  | Readonly<{ kind: 'qr-ecc'; ecc: QrErrorCorrection }>
  | Readonly<{ kind: 'qr-store'; data: Uint8Array }>
  | Readonly<{ kind: 'qr-print' }>
  /** DLE EOT n: real-time status request. */
  | Readonly<{ kind: 'status-query'; n: number }>
  /** GS r n: (queued) sensor status request. */
  | Readonly<{ kind: 'sensor-query'; n: number }>
  | Readonly<{ kind: 'unknown'; bytes: Uint8Array }>;

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const NEED_MORE = -1;
/** A command announcing more than MAX_COMMAND_BYTES (or a NUL-terminated one with no NUL within it). */
const OVERSIZED = -2;

/**
 * The longest command the tokenizer waits for. A printer's own buffer is far smaller; a 576-dot raster logo
 * 2,000 lines tall is 144 KB. Without a limit, GS v 0 announcing 65535 × 65535 bytes (or ESC D without its
 * NUL) made the tokenizer hold every later byte, re-scanning them on every chunk, and print nothing again.
 * Such a command is reported as `unknown` (its two command bytes) and reading resumes right after them.
 */
export const MAX_COMMAND_BYTES = 1024 * 1024;

const u16 = (buf: Uint8Array, at: number): number => (buf[at] ?? 0) + (buf[at + 1] ?? 0) * 256;

/**
 * Length of the command starting at `p`, or NEED_MORE if it is not all here yet, or OVERSIZED if it
 * announces more than MAX_COMMAND_BYTES.
 */
function commandLength(buf: Uint8Array, p: number): number {
  const have = buf.length - p;
  const first = buf[p] as number;
  if (first !== ESC && first !== GS && first !== FS && first !== DLE) return 1;
  if (have < 2) return NEED_MORE;
  const c = buf[p + 1] as number;
  const fixed = (n: number): number => (have >= n ? n : NEED_MORE);
  const total = (n: number): number => (n > MAX_COMMAND_BYTES ? OVERSIZED : n <= have ? n : NEED_MORE);
  /** Up to and including the NUL that ends data starting at `from`. */
  const nulTerminated = (from: number): number => {
    const nul = buf.subarray(0, p + MAX_COMMAND_BYTES).indexOf(0, from);
    if (nul >= 0) return nul + 1 - p;
    return have >= MAX_COMMAND_BYTES ? OVERSIZED : NEED_MORE;
  };
  switch (first) {
    case ESC:
      if ('@2<'.includes(String.fromCharCode(c))) return 2;
      if ('aEG-!3dJtMRV{ Uer'.includes(String.fromCharCode(c))) return fixed(3);
      if (c === 0x63) return fixed(4); // ESC c x n
      if (c === 0x70) return fixed(5); // ESC p m t1 t2
      if (c === 0x24 || c === 0x5c) return fixed(4);
      if (c === 0x44) return nulTerminated(p + 2);
      if (c === 0x2a) {
        if (have < 5) return NEED_MORE;
        const m = buf[p + 2] as number;
        return total(5 + u16(buf, p + 3) * (m === 0 || m === 1 ? 1 : 3));
      }
      return 2;
    case GS: {
      if ('!rBhwHfaIbE/'.includes(String.fromCharCode(c))) return fixed(3);
      if (c === 0x56) {
        if (have < 3) return NEED_MORE;
        const m = buf[p + 2] as number;
        return [0x41, 0x42, 0x61, 0x62, 0x67, 0x68].includes(m) ? fixed(4) : 3;
      }
      if (c === 0x28) {
        return have < 5 ? NEED_MORE : total(5 + u16(buf, p + 3)); // GS ( fn pL pH data
      }
      if ('LW$\\P'.includes(String.fromCharCode(c))) return fixed(4);
      if (c === 0x6b) {
        if (have < 3) return NEED_MORE;
        const m = buf[p + 2] as number;
        if (m <= 6) return nulTerminated(p + 3);
        return have < 4 ? NEED_MORE : total(4 + (buf[p + 3] as number));
      }
      if (c === 0x76) {
        if (have < 8) return NEED_MORE;
        return total(8 + u16(buf, p + 4) * u16(buf, p + 6));
      }
      if (c === 0x2a) {
        if (have < 4) return NEED_MORE;
        return total(4 + (buf[p + 2] as number) * (buf[p + 3] as number) * 8);
      }
      return 2;
    }
    case FS:
      if (c === 0x26 || c === 0x2e) return 2;
      if ('!W-C'.includes(String.fromCharCode(c))) return fixed(3);
      if (c === 0x53 || c === 0x70) return fixed(4);
      return 2;
    default: // DLE
      if (c === 0x04 || c === 0x05) return fixed(3);
      if (c === 0x14) return fixed(5);
      return 2;
  }
}

const ALIGNS: ReadonlyArray<Align> = ['left', 'center', 'right'];
const ECCS: ReadonlyArray<QrErrorCorrection> = ['L', 'M', 'Q', 'H'];

function toToken(cmd: Uint8Array): EscPosToken {
  const [a, b, c, d] = [cmd[0], cmd[1], cmd[2], cmd[3]] as number[];
  const unknown: EscPosToken = { kind: 'unknown', bytes: cmd };
  if (cmd.length === 1) {
    if (a === 0x0a) return { kind: 'lf' };
    if (a === 0x0d) return { kind: 'cr' };
    if (a === 0x09) return { kind: 'ht' };
    if (a === 0x0c) return { kind: 'ff' };
    return unknown;
  }
  if (a === ESC) {
    if (b === 0x40) return { kind: 'init' };
    if (b === 0x61) return { kind: 'align', align: ALIGNS[(c as number) % 48] ?? 'left' };
    if (b === 0x45) return { kind: 'bold', on: ((c as number) & 1) === 1 };
    if (b === 0x2d) return { kind: 'underline', on: (c as number) % 48 !== 0 };
    if (b === 0x21) return { kind: 'print-mode', n: c as number };
    if (b === 0x32) return { kind: 'line-spacing', dots: null };
    if (b === 0x33) return { kind: 'line-spacing', dots: c as number };
    if (b === 0x64) return { kind: 'feed', lines: c as number };
    if (b === 0x4a) return { kind: 'feed-dots', dots: c as number };
    return unknown;
  }
  if (a === GS) {
    if (b === 0x21)
      return { kind: 'size', width: ((c as number) >> 4) + 1, height: ((c as number) & 0x0f) + 1 };
    if (b === 0x56) {
      const m = c as number;
      const partial = [1, 0x31, 0x42, 0x62, 0x68].includes(m);
      return {
        kind: 'cut',
        mode: partial ? 'partial' : 'full',
        feedDots: cmd.length === 4 ? (d as number) : 0,
      };
    }
    if (b === 0x72) return { kind: 'sensor-query', n: c as number };
    if (b === 0x28 && c === 0x6b && cmd[5] === 0x31) {
      const fn = cmd[6];
      if (fn === 0x41) return { kind: 'qr-model', model: cmd[7] === 0x31 ? 1 : 2 };
      if (fn === 0x43) return { kind: 'qr-size', moduleSize: cmd[7] as number };
      if (fn === 0x45) return { kind: 'qr-ecc', ecc: ECCS[((cmd[7] as number) - 0x30) & 3] ?? 'L' };
      if (fn === 0x50) return { kind: 'qr-store', data: cmd.slice(8) };
      if (fn === 0x51) return { kind: 'qr-print' };
    }
    return unknown;
  }
  if (a === FS) {
    if (b === 0x26) return { kind: 'chinese', on: true };
    if (b === 0x2e) return { kind: 'chinese', on: false };
    if (b === 0x21) return { kind: 'cjk-mode', n: c as number };
    return unknown;
  }
  if (a === DLE && b === 0x04) return { kind: 'status-query', n: c as number };
  return unknown;
}

export class EscPosTokenizer {
  #pending: Uint8Array = new Uint8Array(0);

  /** Feeds a chunk; returns the tokens completed by it. */
  push(chunk: Uint8Array): EscPosToken[] {
    const buf = this.#pending.length ? concat(this.#pending, chunk) : chunk;
    const tokens: EscPosToken[] = [];
    let p = 0;
    while (p < buf.length) {
      const first = buf[p] as number;
      if (first >= 0x20) {
        let end = p + 1;
        while (end < buf.length && (buf[end] as number) >= 0x20) end++;
        tokens.push({ kind: 'text', bytes: buf.slice(p, end) });
        p = end;
        continue;
      }
      const len = commandLength(buf, p);
      if (len === NEED_MORE) break;
      if (len === OVERSIZED) {
        tokens.push({ kind: 'unknown', bytes: buf.slice(p, p + 2) });
        p += 2;
        continue;
      }
      tokens.push(toToken(buf.slice(p, p + len)));
      p += len;
    }
    this.#pending = buf.slice(p);
    return tokens;
  }

  /** Bytes of an incomplete command still waiting for their tail. */
  get pendingBytes(): number {
    return this.#pending.length;
  }
}

/** Tokenizes a complete byte stream at once. */
export function tokenizeEscPos(bytes: Uint8Array): EscPosToken[] {
  return new EscPosTokenizer().push(bytes);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
