import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { encodeFrame, fromHex } from './sam-frame';
import { DEFAULT_MAX_FRAME_LENGTH, SamFrameParser, type SamParserEvent } from './sam-frame-parser';

const payloadArb = fc.uint8Array({ minLength: 2, maxLength: 1400 });
const PREAMBLE = [0xaa, 0xaa, 0xaa, 0x96, 0x69];

/** A complete frame whose checksum is deliberately wrong. */
const corruptFrameArb = payloadArb.map((p) => {
  const f = encodeFrame(p);
  f[f.length - 1] = (f[f.length - 1] ?? 0) ^ 0x5a;
  return f;
});

/**
 * Line noise: random bytes (which essentially never contain a preamble), cut-off preambles, corrupt frames and
 * preambles with impossible lengths. A false frame that happens to pass its 8-bit checksum is indistinguishable
 * from a real one, so generated false frames are always complete and always fail their checksum.
 */
const garbageArb = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.integer({ min: 1, max: 4 }).map((n) => Uint8Array.from(PREAMBLE.slice(0, n))),
      corruptFrameArb,
      fc.integer({ min: 0, max: 2 }).map((len) => Uint8Array.from([...PREAMBLE, 0, len])),
    ),
    { maxLength: 8 },
  )
  .map((parts) => concat(parts));

/** Splits `bytes` at the given cut points (any positions, any count). */
function chunk(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function framesOf(events: SamParserEvent[]): Uint8Array[] {
  return events.flatMap((e) => (e.kind === 'frame' ? [e.payload] : []));
}

describe('SamFrameParser', () => {
  test.prop([payloadArb])('round-trips any payload', (payload) => {
    const frames = framesOf(new SamFrameParser().push(encodeFrame(payload)));
    expect(frames).toEqual([payload]);
  });

  test.prop([fc.array(payloadArb, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 40 })])(
    'finds every frame of a valid stream however it is chunked',
    (payloads, cuts) => {
      const parser = new SamFrameParser();
      const stream = concat(payloads.map(encodeFrame));
      const events = chunk(stream, cuts).flatMap((c) => parser.push(c));
      expect(framesOf(events)).toEqual(payloads);
      expect(events.every((e) => e.kind === 'frame')).toBe(true);
      expect(parser.pendingBytes).toBe(0);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 30 })])(
    'random garbage never throws and never grows the buffer beyond one frame',
    (garbage, cuts) => {
      const parser = new SamFrameParser();
      for (const c of chunk(garbage, cuts)) {
        parser.push(c);
        expect(parser.pendingBytes).toBeLessThan(DEFAULT_MAX_FRAME_LENGTH);
      }
    },
  );

  test.prop([
    garbageArb,
    fc.array(payloadArb, { minLength: 1, maxLength: 3 }),
    fc.array(fc.nat(), { maxLength: 20 }),
  ])(
    'valid frames after garbage (noise, broken preambles, corrupt frames) are still found',
    (garbage, payloads, cuts) => {
      const parser = new SamFrameParser();
      const stream = concat([garbage, ...payloads.map(encodeFrame)]);
      const events = chunk(stream, cuts).flatMap((c) => parser.push(c));
      expect(framesOf(events)).toEqual(payloads);
    },
  );

  it('a false preamble whose length runs into real frames is resolved by resynchronising inside it', () => {
    const parser = new SamFrameParser();
    const good = fromHex('AA AA AA 96 69 00 04 00 00 80 84');
    // Claims 20 more bytes: swallows the real frame, then fails its checksum (its checksum byte is 0x00, the XOR is 0x41).
    const falseStart = fromHex('AA AA AA 96 69 00 14 00');
    const events = [...parser.push(concat([falseStart, good])), ...parser.push(new Uint8Array(8))];
    expect(events.map((e) => e.kind)).toEqual(['bad-checksum', 'frame']);
  });

  it('skips leading noise and an extra AA before the preamble', () => {
    const frame = fromHex('AA AA AA 96 69 00 04 00 00 80 84');
    const events = new SamFrameParser().push(concat([Uint8Array.of(0x13, 0x37, 0xaa), frame]));
    expect(framesOf(events)).toHaveLength(1);
  });

  it('reports a bad checksum and still finds the frame that follows', () => {
    const bad = fromHex('AA AA AA 96 69 00 04 00 00 90 95');
    const good = fromHex('AA AA AA 96 69 00 04 00 00 80 84');
    const events = new SamFrameParser().push(concat([bad, good]));
    expect(events.map((e) => e.kind)).toEqual(['bad-checksum', 'frame']);
  });

  it('rejects an impossible length without waiting for it', () => {
    const events = new SamFrameParser(64).push(
      fromHex('AA AA AA 96 69 7F FF 00 00 90 AA AA AA 96 69 00 04 00 00 80 84'),
    );
    expect(events.map((e) => e.kind)).toEqual(['bad-length', 'frame']);
  });

  it('keeps a preamble split across reads', () => {
    const parser = new SamFrameParser();
    expect(parser.push(fromHex('01 02 AA AA'))).toEqual([]);
    expect(parser.pendingBytes).toBe(2);
    expect(framesOf(parser.push(fromHex('AA 96 69 00 04 00 00 80 84')))).toHaveLength(1);
  });
});
