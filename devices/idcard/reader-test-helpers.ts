import type { IdCardReader, IdCardReaderEvents } from './id-card-reader';

/**
 * Test helper: records every event a reader emits and waits for the next one of a kind. Used by the in-process
 * and the pty tests of the reader (not shipped code).
 */
export class ReaderRecorder {
  readonly events: Array<{ type: keyof IdCardReaderEvents; args: unknown[] }> = [];
  private waiters: Array<{ type: keyof IdCardReaderEvents; resolve: (args: unknown[]) => void }> = [];

  constructor(reader: IdCardReader) {
    for (const type of ['card', 'reading', 'removed', 'status', 'error'] as const) {
      reader.on(type, (...args: unknown[]) => {
        this.events.push({ type, args });
        for (const w of [...this.waiters]) {
          if (w.type === type) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve(args);
          }
        }
      });
    }
  }

  /** How many events of `type` have been seen so far. */
  count(type: keyof IdCardReaderEvents): number {
    return this.events.filter((e) => e.type === type).length;
  }

  /** Resolves with the first `type` event after this call (or rejects after `timeoutMs`). */
  next<E extends keyof IdCardReaderEvents>(
    type: E,
    timeoutMs = 5000,
  ): Promise<Parameters<IdCardReaderEvents[E]>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no '${String(type)}' event within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        type,
        resolve: (args) => {
          clearTimeout(timer);
          resolve(args as Parameters<IdCardReaderEvents[E]>);
        },
      });
    });
  }

  /** Resolves when `status` reaches `value` (immediately if the reader is already there). */
  async status(reader: IdCardReader, value: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (reader.status !== value) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`status stayed ${reader.status}, wanted ${value}`);
      await this.next('status', left).catch(() => undefined);
    }
  }
}
