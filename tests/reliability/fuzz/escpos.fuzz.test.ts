import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../devices/printer/decode-escpos';
import { encodeReceipt, InvalidReceiptError } from '../../../devices/printer/encode-receipt';
import {
  EscPosTokenizer,
  MAX_COMMAND_BYTES,
  tokenizeEscPos,
  type EscPosToken,
} from '../../../devices/printer/escpos-tokenizer';
import type { ReceiptBlock } from '../../../devices/printer/receipt-document';
import { FUZZ_TEST_TIMEOUT_MS, fuzzRun, report } from './fuzz-budget';

/**
 * The receipt printer's ESC/POS tokenizer (the simulator's and decodeEscPos's reader of the byte stream) and
 * the encoder that renders receipts (devices/printer/). Tokenizer contract: any bytes in any chunking, never a
 * throw, the same tokens whatever the chunking, and a bounded wait for a command's tail. Encoder contract: a
 * document either encodes to bytes the tokenizer reads without an unknown command, or is refused with
 * InvalidReceiptError — never another error.
 */
const COMMAND_BYTES = [0x1b, 0x1d, 0x1c, 0x10, 0x0a, 0x0d, 0x09, 0x0c, 0x00];
const byte = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 255 }) },
  { weight: 2, arbitrary: fc.constantFrom(...COMMAND_BYTES) },
  // Command letters, so command prefixes meet the bytes that choose their length.
  { weight: 2, arbitrary: fc.constantFrom(...Array.from('@!aEG-3dJVkv(*D*rpc\\$', (c) => c.charCodeAt(0))) },
);
const stream = fc.array(byte, { maxLength: 96 }).map((b) => Uint8Array.from(b));

/** Adjacent text runs merged: a chunk boundary may split a run, which is not a different stream. */
function normalised(tokens: ReadonlyArray<EscPosToken>): Array<unknown> {
  const out: Array<EscPosToken> = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.kind === 'text' && prev?.kind === 'text')
      out[out.length - 1] = { kind: 'text', bytes: Uint8Array.from([...prev.bytes, ...t.bytes]) };
    else out.push(t);
  }
  return out;
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('城乡居民参保登记', '姓名：李𬌗', '\r\n\n', '\uD800', 'a\u0000b\u001bc'),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const block: fc.Arbitrary<ReceiptBlock> = fc.oneof(
  fc.record({
    type: fc.constant('text' as const),
    text: anyText,
    align: maybe(fc.constantFrom('left' as const, 'center' as const, 'right' as const)),
    bold: maybe(fc.boolean()),
    underline: maybe(fc.boolean()),
    size: maybe(fc.constantFrom('normal' as const, 'tall' as const, 'wide' as const, 'large' as const)),
    hangingIndent: maybe(fc.integer({ min: -5, max: 80 })),
  }),
  fc.record({ type: fc.constant('kv' as const), label: anyText, value: anyText, bold: maybe(fc.boolean()) }),
  fc.record({ type: fc.constant('divider' as const), char: maybe(fc.string({ maxLength: 3 })) }),
  fc.record({
    type: fc.constant('qr' as const),
    data: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(''), fc.constant('x'.repeat(8000))),
    moduleSize: maybe(fc.integer({ min: -1, max: 20 })),
    errorCorrection: maybe(fc.constantFrom('L' as const, 'M' as const, 'Q' as const, 'H' as const)),
    model: maybe(fc.constantFrom(1 as const, 2 as const)),
  }),
  fc.record({ type: fc.constant('feed' as const), lines: fc.integer({ min: -2, max: 300 }) }),
  fc.record({ type: fc.constant('line-spacing' as const), dots: maybe(fc.integer({ min: -2, max: 300 })) }),
  fc.record({
    type: fc.constant('cut' as const),
    mode: maybe(fc.constantFrom('partial' as const, 'full' as const)),
    feedLines: maybe(fc.integer({ min: -2, max: 300 })),
  }),
);

describe('fuzz: ESC/POS', () => {
  it(
    'tokenizer: never throws, same tokens in any chunking, bounded wait for a command tail',
    () => {
      const run = fuzzRun('escpos-tokenizer');
      let inputs = 0;
      fc.assert(
        fc.property(stream, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
          inputs++;
          const whole = tokenizeEscPos(bytes);
          const t = new EscPosTokenizer();
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunked: Array<EscPosToken> = [];
          let prev = 0;
          for (const p of [...points, bytes.length]) {
            chunked.push(...t.push(bytes.subarray(prev, p)));
            prev = p;
            expect(t.pendingBytes).toBeLessThanOrEqual(MAX_COMMAND_BYTES);
          }
          expect(normalised(chunked)).toEqual(normalised(whole));
        }),
        run.params,
      );
      report(run, inputs);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it('tokenizer: a command that announces more than it may hold does not hold the stream hostage', () => {
    // GS v 0 with 65535 × 65535 bytes announced, ESC D with no NUL: what follows must still print.
    for (const header of [
      [0x1d, 0x76, 0x30, 0x00, 0xff, 0xff, 0xff, 0xff],
      [0x1b, 0x44, 0x01],
    ]) {
      const t = new EscPosTokenizer();
      const tokens: Array<EscPosToken> = [...t.push(Uint8Array.from(header))];
      const filler = new Uint8Array(4096).fill(0x41);
      for (let i = 0; i * filler.length <= MAX_COMMAND_BYTES; i++) tokens.push(...t.push(filler));
      expect(t.pendingBytes).toBeLessThanOrEqual(MAX_COMMAND_BYTES);
      tokens.push(...t.push(Uint8Array.from([0x0a])));
      expect(tokens.some((x) => x.kind === 'unknown')).toBe(true);
      expect(tokens.some((x) => x.kind === 'text')).toBe(true);
      expect(tokens[tokens.length - 1]).toEqual({ kind: 'lf' });
    }
  });

  it(
    'encoder: bytes the tokenizer reads cleanly, or InvalidReceiptError — nothing else',
    () => {
      const run = fuzzRun('escpos-encoder');
      let inputs = 0;
      let refused = 0;
      fc.assert(
        fc.property(
          fc.array(block, { maxLength: 6 }),
          fc.constantFrom(58 as const, 80 as const),
          (blocks, width) => {
            inputs++;
            let bytes: Uint8Array;
            try {
              bytes = encodeReceipt({ blocks }, { width }).bytes;
            } catch (e) {
              expect(e).toBeInstanceOf(InvalidReceiptError);
              refused++;
              return;
            }
            const decoded = decodeEscPos(bytes);
            expect(decoded.unknownCommands).toEqual([]);
            const t = new EscPosTokenizer();
            t.push(bytes);
            expect(t.pendingBytes).toBe(0);
          },
        ),
        run.params,
      );
      report(run, inputs, `${refused} refused with InvalidReceiptError`);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
