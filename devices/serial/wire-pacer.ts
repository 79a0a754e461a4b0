/**
 * A UART's pace in software: pseudo-terminals move bytes instantly, a real serial line takes 10 bits per byte
 * (start, 8 data, stop) at its baud rate. Chunks pushed in are handed on in slices, each at the moment its last
 * byte would have finished arriving on a line that carries one byte after another: a chunk that comes while the
 * line is still busy waits for it. Device simulators use one pacer per direction so that timing benchmarks see
 * the wire time of the configured baud.
 */
export type WirePacer = Readonly<{
  push(chunk: Uint8Array): void;
  /** Drops what is still in flight (the line was unplugged or closed). */
  clear(): void;
}>;

/** Bytes per slice: small enough that arrival times stay close to a real line's, large enough to be cheap. */
const SLICE_BYTES = 16;

export function byteWireMs(bytes: number, baudRate: number): number {
  return (bytes * 10 * 1000) / baudRate;
}

export function createWirePacer(
  baudRate: number,
  deliver: (slice: Uint8Array, arrivedAt: number) => void,
): WirePacer {
  const queue: Array<{ bytes: Uint8Array; dueAt: number }> = [];
  let lineFreeAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const pump = (): void => {
    timer = null;
    const now = performance.now();
    while (queue.length > 0 && (queue[0]?.dueAt ?? Infinity) <= now) {
      const next = queue.shift();
      if (next) deliver(next.bytes, next.dueAt);
    }
    const head = queue[0];
    if (head) timer = setTimeout(pump, Math.max(0, head.dueAt - performance.now()));
  };

  return {
    push(chunk) {
      // Absolute due times (not a sleep per slice), so timer lateness never accumulates into the wire time.
      let at = Math.max(performance.now(), lineFreeAt);
      for (let i = 0; i < chunk.length; i += SLICE_BYTES) {
        const bytes = chunk.slice(i, Math.min(chunk.length, i + SLICE_BYTES));
        at += byteWireMs(bytes.length, baudRate);
        queue.push({ bytes, dueAt: at });
      }
      lineFreeAt = at;
      if (!timer) pump();
    },
    clear() {
      queue.length = 0;
      lineFreeAt = 0;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
