import { encodeRequest, responseFromPayload, type SamResponse } from './sam-frame';
import { SamFrameParser } from './sam-frame-parser';
import { SamCommand, isPlausibleReply, type SamCommandName } from './sam-commands';
import type { SamLink } from './sam-link';

/**
 * One command at a time over a `SamLink`: send a request, wait for the reply that can belong to it, give up
 * after a timeout. Replies that cannot belong to the pending command (late replies to a timed-out command,
 * unsolicited frames) are dropped; a corrupted frame fails the pending command at once rather than waiting
 * for its timeout.
 */

export type TransactResult =
  | Readonly<{ ok: true; response: SamResponse; bytes: number }>
  | Readonly<{ ok: false; code: 'timeout' | 'bad-frame' | 'disconnected'; detail: string }>;

type Pending = {
  command: SamCommandName;
  settle: (result: TransactResult) => void;
  requestBytes: number;
};

export class SamSession {
  private readonly parser = new SamFrameParser();
  private pending: Pending | null = null;
  private closed = false;
  /** Frames dropped because they matched no pending command, and corrupted frames (diagnostics). */
  strayFrames = 0;
  badFrames = 0;

  /** `onStrayBadFrame` hears corrupted frames that arrive while no command is waiting (line noise). */
  constructor(
    private readonly link: SamLink,
    private readonly onStrayBadFrame: (detail: string) => void = () => {},
  ) {
    link.onData((chunk) => this.onData(chunk));
    link.onClose((error) => {
      this.closed = true;
      this.pending?.settle({ ok: false, code: 'disconnected', detail: error?.message ?? 'link closed' });
    });
  }

  transact(command: SamCommandName, timeoutMs: number): Promise<TransactResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'disconnected', detail: 'link closed' });
    if (this.pending) throw new Error('SamSession: one command at a time');
    const request = encodeRequest(SamCommand[command]);
    return new Promise<TransactResult>((resolve) => {
      const timer = setTimeout(() => {
        // Whatever is half-received belongs to the command we gave up on.
        this.parser.reset();
        settle({ ok: false, code: 'timeout', detail: `no reply to ${command} within ${timeoutMs} ms` });
      }, timeoutMs);
      const settle = (result: TransactResult) => {
        if (this.pending?.settle !== settle) return;
        clearTimeout(timer);
        this.pending = null;
        resolve(result);
      };
      this.pending = { command, settle, requestBytes: request.length };
      this.link.write(request);
    });
  }

  private onData(chunk: Uint8Array): void {
    for (const event of this.parser.push(chunk)) {
      if (event.kind !== 'frame') {
        this.badFrames++;
        const detail =
          event.kind === 'bad-checksum'
            ? 'reply with bad checksum'
            : `impossible frame length ${event.length}`;
        if (this.pending) this.pending.settle({ ok: false, code: 'bad-frame', detail });
        else this.onStrayBadFrame(detail);
        continue;
      }
      const response = responseFromPayload(event.payload);
      const pending = this.pending;
      if (!response || !pending || !isPlausibleReply(pending.command, response)) {
        this.strayFrames++;
        continue;
      }
      // Bytes on the wire for this exchange: request + reply frame (7-byte header, payload, checksum).
      pending.settle({ ok: true, response, bytes: pending.requestBytes + event.payload.length + 8 });
    }
  }
}
