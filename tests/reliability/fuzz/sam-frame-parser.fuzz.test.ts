import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame, SAM_PREAMBLE } from '../../../devices/idcard/sam-frame';
import { DEFAULT_MAX_FRAME_LENGTH, SamFrameParser } from '../../../devices/idcard/sam-frame-parser';
import { FUZZ_TEST_TIMEOUT_MS, fuzzRun, report } from './fuzz-budget';

/**
 * The SAM ID-card reader's frame parser (devices/idcard/sam-frame-parser.ts) on hostile serial input. Its
 * documented contract: push never throws, always consumes, holds at most one frame's worth of bytes, and a
 * frame it reports passed its checksum. Inputs: random bytes, preambles (whole and cut), impossible lengths,
 * truncated and valid frames, cut into arbitrary chunks.
 */
const PREAMBLE = Uint8Array.from(SAM_PREAMBLE);
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 48 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => PREAMBLE.subarray(0, n)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 24 }))
      .map(([len, rest]) => Uint8Array.from([...PREAMBLE, len >> 8, len & 0xff, ...rest])),
  },
  { weight: 2, arbitrary: fc.uint8Array({ minLength: 2, maxLength: 64 }).map((p) => encodeFrame(p)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.uint8Array({ minLength: 2, maxLength: 64 }), fc.nat())
      .map(([p, cut]) => encodeFrame(p).subarray(0, cut % (p.length + 8))),
  },
);
const chunks = fc.array(piece, { maxLength: 10 });

describe('fuzz: SAM frame parser', () => {
  it(
    'never throws, stays bounded and reports only frames whose checksum holds',
    () => {
      const run = fuzzRun('sam-frame-parser');
      let inputs = 0;
      let frames = 0;
      fc.assert(
        fc.property(chunks, fc.integer({ min: 16, max: DEFAULT_MAX_FRAME_LENGTH }), (parts, max) => {
          inputs++;
          const parser = new SamFrameParser(max);
          let pushed = 0;
          for (const part of parts) {
            pushed += part.length;
            for (const e of parser.push(part)) {
              if (e.kind === 'frame') {
                frames++;
                // A reported frame re-encodes to bytes the parser was given: checksum and length agree.
                expect(encodeFrame(e.payload).length).toBeLessThanOrEqual(max);
              } else if (e.kind === 'bad-length') {
                expect(e.length < 3 || e.length + 7 > max).toBe(true);
              } else expect(e.kind).toBe('bad-checksum');
            }
            expect(parser.pendingBytes).toBeLessThan(max);
          }
          expect(parser.pendingBytes + parser.discardedBytes).toBeLessThanOrEqual(pushed);
        }),
        run.params,
      );
      report(run, inputs, `${frames} frames found`);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
