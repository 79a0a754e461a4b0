import { SAM_HEADER_LENGTH, SAM_PREAMBLE, xorChecksum } from './sam-frame';

/**
 * Streaming SAM frame parser. Serial reads arrive in arbitrary pieces, possibly with line noise before, between
 * or inside frames, so `push` accepts any chunk and returns whatever became complete. It never throws, always
 * consumes input (no state can stall it), and keeps at most one frame's worth of bytes: anything before a
 * preamble is discarded, and a frame with a bad checksum or an impossible length is dropped by resynchronising
 * on the next preamble *inside* it (the bytes after a false preamble may hold the real frame).
 */

export type SamParserEvent =
  | Readonly<{ kind: 'frame'; payload: Uint8Array }>
  | Readonly<{ kind: 'bad-checksum'; payload: Uint8Array }>
  | Readonly<{ kind: 'bad-length'; length: number }>;

/** The longest legitimate frame is the 30 10 read with fingerprint: 2321 bytes. */
export const DEFAULT_MAX_FRAME_LENGTH = 4096;

export class SamFrameParser {
  private buffer = new Uint8Array(0);
  /** Bytes thrown away as garbage since construction (diagnostics). */
  discardedBytes = 0;

  constructor(private readonly maxFrameLength = DEFAULT_MAX_FRAME_LENGTH) {}

  /** Bytes currently held while waiting for the rest of a frame. */
  get pendingBytes(): number {
    return this.buffer.length;
  }

  reset(): void {
    this.discardedBytes += this.buffer.length;
    this.buffer = new Uint8Array(0);
  }

  push(chunk: Uint8Array): SamParserEvent[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    let buf = joined;
    const events: SamParserEvent[] = [];

    for (;;) {
      const start = findPreamble(buf, 0);
      if (start < 0) {
        // Keep a possible partial preamble at the tail; everything before it is garbage.
        const keep = partialPreambleTail(buf);
        this.discardedBytes += buf.length - keep;
        buf = buf.subarray(buf.length - keep);
        break;
      }
      if (start > 0) {
        this.discardedBytes += start;
        buf = buf.subarray(start);
      }
      if (buf.length < SAM_HEADER_LENGTH) break;
      const len = ((buf[5] ?? 0) << 8) | (buf[6] ?? 0);
      // Len counts payload + checksum: at least CMD Para (2) + CHK; a frame may not exceed the limit.
      if (len < 3 || SAM_HEADER_LENGTH + len > this.maxFrameLength) {
        events.push({ kind: 'bad-length', length: len });
        this.discardedBytes += 1;
        buf = buf.subarray(1);
        continue;
      }
      const total = SAM_HEADER_LENGTH + len;
      if (buf.length < total) break;
      const expected = xorChecksum(buf, 5, total - 1);
      const payload = buf.slice(SAM_HEADER_LENGTH, total - 1);
      if (expected === buf[total - 1]) {
        events.push({ kind: 'frame', payload });
        buf = buf.subarray(total);
      } else {
        events.push({ kind: 'bad-checksum', payload });
        this.discardedBytes += 1;
        buf = buf.subarray(1);
      }
    }
    // Copy so the retained tail does not pin the (possibly large) joined buffer.
    this.buffer = buf.slice();
    return events;
  }
}

function findPreamble(buf: Uint8Array, from: number): number {
  outer: for (let i = from; i + SAM_PREAMBLE.length <= buf.length; i++) {
    for (let j = 0; j < SAM_PREAMBLE.length; j++) if (buf[i + j] !== SAM_PREAMBLE[j]) continue outer;
    return i;
  }
  return -1;
}

/** Length of the longest suffix of `buf` that is a proper prefix of the preamble. */
function partialPreambleTail(buf: Uint8Array): number {
  for (let keep = Math.min(SAM_PREAMBLE.length - 1, buf.length); keep > 0; keep--) {
    let match = true;
    for (let j = 0; j < keep; j++) {
      if (buf[buf.length - keep + j] !== SAM_PREAMBLE[j]) {
        match = false;
        break;
      }
    }
    if (match) return keep;
  }
  return 0;
}
