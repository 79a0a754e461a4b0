import { describe, expect, it } from 'vitest';
import { byteWireMs, createWirePacer } from './wire-pacer';

describe('wire pacer', () => {
  it('hands bytes on in order, each slice due when its last byte has crossed the line', async () => {
    const got: Array<{ bytes: number[]; at: number }> = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((r) => (done = r));
    const pacer = createWirePacer(115_200, (slice, at) => {
      got.push({ bytes: [...slice], at });
      if (got.flatMap((g) => g.bytes).length === 60) done();
    });
    const before = performance.now();
    pacer.push(Uint8Array.from({ length: 40 }, (_, i) => i));
    // A second chunk while the line is busy waits for the first: its due times continue from the first's end.
    pacer.push(Uint8Array.from({ length: 20 }, (_, i) => 40 + i));
    await finished;
    expect(got.flatMap((g) => g.bytes)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(got.every((g) => g.bytes.length <= 16)).toBe(true);
    // Due times are computed from the baud rate, not measured: 10 bits a byte, back to back.
    const first = got[0]?.at ?? NaN;
    const last = got.at(-1)?.at ?? NaN;
    expect(first - before).toBeGreaterThanOrEqual(byteWireMs(16, 115_200) - 1e-9);
    expect(last - first).toBeCloseTo(byteWireMs(60 - 16, 115_200), 6);
  });

  it('clear() drops what is still in flight', async () => {
    const got: number[] = [];
    const pacer = createWirePacer(9600, (slice) => got.push(...slice));
    pacer.push(new Uint8Array(64));
    pacer.clear();
    // The first slice is due after ~17 ms at 9600 baud; nothing may arrive after clear().
    await new Promise((r) => setTimeout(r, byteWireMs(64, 9600) + 20));
    expect(got).toEqual([]);
  });
});
