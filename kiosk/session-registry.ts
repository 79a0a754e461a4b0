/**
 * What the Node side holds for one resident's visit (photos taken, identity read) so that leaving, finishing
 * or the idle countdown can wipe all of it. Services register a cleanup per session; `end` runs them all.
 */
export type SessionCleanup = (sessionId: string) => Promise<void> | void;

export class SessionRegistry {
  readonly #cleanups: SessionCleanup[] = [];
  readonly #active = new Set<string>();

  onEnd(cleanup: SessionCleanup): void {
    this.#cleanups.push(cleanup);
  }

  touch(sessionId: string): void {
    this.#active.add(sessionId);
  }

  /** Runs every cleanup even if one fails; returns whether the session held anything. */
  async end(sessionId: string): Promise<boolean> {
    const held = this.#active.delete(sessionId);
    const results = await Promise.allSettled(this.#cleanups.map(async (c) => c(sessionId)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return held;
  }

  /**
   * Ends every session still open. For the shell when the screen the resident was using is gone (a renderer
   * crash or hang): nobody is left to call session.end, so their photos and answers are wiped here.
   */
  async endAll(): Promise<number> {
    const ids = [...this.#active];
    const results = await Promise.allSettled(ids.map(async (id) => this.end(id)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return ids.length;
  }
}
