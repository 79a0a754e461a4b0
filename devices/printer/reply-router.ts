import { isRealtimeStatusByte } from './printer-status';

/**
 * Sorts the printer's reply bytes: real-time status replies (0xx1xx10) to whoever asked DLE EOT, everything with
 * bit 4 and bit 7 clear to whoever asked GS r. They can interleave on the wire while a job prints, which is why
 * they are told apart by shape rather than by order alone. Bytes nobody is waiting for are dropped.
 */

export class LinkError extends Error {
  override readonly name = 'LinkError';
  constructor(
    readonly code: 'timeout' | 'not-connected',
    message: string,
  ) {
    super(message);
  }
}

type Waiter = { resolve: (b: number) => void; reject: (e: Error) => void };

export class ReplyRouter {
  #status: Waiter[] = [];
  #sensor: Waiter[] = [];

  feed(bytes: Uint8Array): void {
    for (const b of bytes) {
      if (isRealtimeStatusByte(b)) this.#status.shift()?.resolve(b);
      else if ((b & 0x90) === 0) this.#sensor.shift()?.resolve(b);
    }
  }

  /** Waits for `count` real-time status bytes. */
  expectStatus(count: number, timeoutMs: number): Promise<number[]> {
    const waits = Array.from({ length: count }, () => this.#wait(this.#status));
    return withTimeout(Promise.all(waits.map((w) => w.promise)), timeoutMs, () => {
      for (const w of waits) w.cancel();
    });
  }

  /** Registers interest in one GS r reply (before sending the query, so a fast reply is not lost). */
  expectSensor(): { promise: Promise<number>; cancel(): void } {
    return this.#wait(this.#sensor);
  }

  /** The link went down: every waiter fails with not-connected. */
  failAll(message: string): void {
    const all = [...this.#status, ...this.#sensor];
    this.#status = [];
    this.#sensor = [];
    for (const w of all) w.reject(new LinkError('not-connected', message));
  }

  #wait(queue: Waiter[]): { promise: Promise<number>; cancel(): void } {
    let waiter!: Waiter;
    const promise = new Promise<number>((resolve, reject) => {
      waiter = { resolve, reject };
    });
    promise.catch(() => {}); // a cancelled wait is nobody's unhandled rejection
    queue.push(waiter);
    return {
      promise,
      cancel: () => {
        const i = queue.indexOf(waiter);
        if (i >= 0) queue.splice(i, 1);
        waiter.reject(new LinkError('timeout', 'cancelled'));
      },
    };
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new LinkError('timeout', `no answer within ${ms} ms`));
    }, ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
