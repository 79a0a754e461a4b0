import { createHash } from 'node:crypto';
import type { AdminCaller } from '../../api/admin-gate';
import type { Db } from '../../db/sqlite';
import { redact } from '../../security/redact';
import { canonicalJson } from '../../sync/canonical-json';

export type AuditEntry = Readonly<{
  /** An admin role, or 'system' for what the kiosk did on its own (the daily reconciliation, a lock). */
  role: string;
  /** What was done, dotted: 'office.resend', 'tech.settings.save', 'admin.unlock'. */
  action: string;
  /** What it was done to: a 受理编号, a setting path, a device. */
  target: string;
  before?: unknown;
  after?: unknown;
}>;

export type AuditRow = Readonly<{
  id: number;
  at: number;
  role: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}>;

export type ChainCheck = Readonly<{ intact: boolean; rows: number; problem: string | null }>;

type RawRow = {
  id: number;
  at: number;
  role: string;
  action: string;
  target: string;
  before_json: string;
  after_json: string;
  prev_hash: string;
  hash: string;
};

const GENESIS = '0'.repeat(64);

function rowHash(r: Omit<RawRow, 'hash'>): string {
  const text = canonicalJson({
    id: r.id,
    at: r.at,
    role: r.role,
    action: r.action,
    target: r.target,
    before: r.before_json,
    after: r.after_json,
    prev: r.prev_hash,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The append-only audit log (table audit_log, migration 0004). Before/after are redacted on the way in
 * (security/redact.ts): secrets never land here, personal data only masked. Each row's hash covers its
 * content and the previous row's hash, so `verify` finds a row deleted from the middle (the next row's
 * prev_hash no longer matches), an edited row (its hash no longer matches), and the last row deleted (the
 * AUTOINCREMENT counter is ahead of the last id).
 */
export class AuditLog {
  readonly #db: Db;
  readonly #now: () => number;

  constructor(db: Db, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
  }

  append(entry: AuditEntry): AuditRow {
    const db = this.#db;
    return db
      .transaction((): AuditRow => {
        const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
          { id: number; hash: string } | undefined;
        const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as
          { seq: number } | undefined;
        const id = Math.max(last?.id ?? 0, seq?.seq ?? 0) + 1;
        const before = redact(entry.before ?? null);
        const after = redact(entry.after ?? null);
        const raw: Omit<RawRow, 'hash'> = {
          id,
          at: this.#now(),
          role: entry.role,
          action: entry.action,
          target: entry.target.slice(0, 200),
          before_json: JSON.stringify(before ?? null),
          after_json: JSON.stringify(after ?? null),
          prev_hash: last?.hash ?? GENESIS,
        };
        db.prepare(
          `INSERT INTO audit_log (id, at, role, action, target, before_json, after_json, prev_hash, hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          raw.id,
          raw.at,
          raw.role,
          raw.action,
          raw.target,
          raw.before_json,
          raw.after_json,
          raw.prev_hash,
          rowHash(raw),
        );
        return toRow({ ...raw, hash: '' });
      })
      .immediate();
  }

  /** Newest first. */
  list(limit: number, beforeId?: number): Array<AuditRow> {
    const rows = (
      beforeId === undefined
        ? this.#db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit)
        : this.#db
            .prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?')
            .all(beforeId, limit)
    ) as Array<RawRow>;
    return rows.map(toRow);
  }

  /** Oldest first, all of it (export). */
  all(): Array<AuditRow> {
    return (this.#db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Array<RawRow>).map(toRow);
  }

  verify(): ChainCheck {
    let prev = GENESIS;
    let count = 0;
    let lastId = 0;
    for (const r of this.#db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<RawRow>) {
      count++;
      if (r.prev_hash !== prev)
        return {
          intact: false,
          rows: count,
          problem: `row ${r.id}: the row before it was removed or changed`,
        };
      if (rowHash(r) !== r.hash) return { intact: false, rows: count, problem: `row ${r.id} was changed` };
      prev = r.hash;
      lastId = r.id;
    }
    const seq = this.#db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as
      { seq: number } | undefined;
    if ((seq?.seq ?? 0) > lastId)
      return { intact: false, rows: count, problem: `rows after ${lastId} were removed` };
    return { intact: true, rows: count, problem: null };
  }
}

function toRow(r: RawRow): AuditRow {
  return {
    id: r.id,
    at: r.at,
    role: r.role,
    action: r.action,
    target: r.target,
    before: JSON.parse(r.before_json) as unknown,
    after: JSON.parse(r.after_json) as unknown,
  };
}

/** The signature B2's technician handlers (and every admin handler) record an action with. */
export type AuditAdminAction = (
  caller: AdminCaller | 'system',
  action: string,
  target: string,
  change?: Readonly<{ before?: unknown; after?: unknown }>,
) => void;

/** Binds an AuditLog to the `auditAdminAction(caller, action, target, { before, after })` call shape. */
export function auditAdminActionFor(log: AuditLog): AuditAdminAction {
  return (caller, action, target, change = {}) => {
    log.append({
      role: caller === 'system' ? 'system' : caller.role,
      action,
      target,
      before: change.before,
      after: change.after,
    });
  };
}
