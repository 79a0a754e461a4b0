import type { Db } from '../../db/sqlite';

export type LockoutState = Readonly<{ failures: number; lockedUntil: number | null }>;

/** The wrong-PIN count and the lock, in SQLite (migration 0004) so they survive a restart. */
export class AdminLockout {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  read(): LockoutState {
    const row = this.#db.prepare('SELECT failures, locked_until FROM admin_lockout WHERE id = 1').get() as
      { failures: number; locked_until: number | null } | undefined;
    return { failures: row?.failures ?? 0, lockedUntil: row?.locked_until ?? null };
  }

  write(state: LockoutState): void {
    this.#db
      .prepare(
        `INSERT INTO admin_lockout (id, failures, locked_until) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
      )
      .run(state.failures, state.lockedUntil);
  }
}
