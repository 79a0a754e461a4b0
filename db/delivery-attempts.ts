import type { SyncEvent } from '../sync/sync-worker';
import type { Db } from './sqlite';

/** Which message of a case an attempt was: a photo upload, the submission or a status read (ZZ03). */
export type AttemptStep = 'upload' | 'submit' | 'status' | null;

/** One try of one of a case's messages, as the back-office ledger lists it. */
export type DeliveryAttempt = Readonly<{
  at: number;
  step: AttemptStep;
  /** sent: the province answered; deferred: tried again later; parked: needs staff; error: other failure. */
  outcome: SyncEvent['kind'];
  /** For a failure: timeout, network, http, auth, refused, attempts-exhausted …; null when it went through. */
  errorKind: string | null;
}>;

/** The step a worker event was about, from its wording (sync-worker.ts `#success` details). */
function stepOf(e: SyncEvent): AttemptStep {
  if (/^uploaded /.test(e.detail)) return 'upload';
  if (/^submitted /.test(e.detail)) return 'submit';
  if (/^status |^ZZ03 /.test(e.detail)) return 'status';
  return null;
}

/** The kind of a failure: the reason prefix of a retry ("timeout: …"), or what parked the case. */
function errorKindOf(e: SyncEvent): string | null {
  if (e.kind === 'sent' || e.kind === 'settled') return null;
  if (/parked after \d+ attempts/.test(e.detail)) return 'attempts-exhausted';
  if (/ refused: /.test(e.detail)) return 'refused';
  if (/ not insured: /.test(e.detail)) return 'not-insured';
  if (/^cannot load case/.test(e.detail)) return 'unreadable';
  return /^([a-z][a-z0-9-]*):/.exec(e.detail)?.[1] ?? 'other';
}

/**
 * Every delivery attempt of every case (table delivery_attempts, migration 0006), fed by the sync worker's
 * events: the worker reports each answer and each failure of a case's message once, so each is one row.
 */
export class DeliveryAttempts {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Records the event if it is about one case's message (drain-wide errors carry no case). */
  record(e: SyncEvent): void {
    if (e.caseId === undefined) return;
    this.#db
      .prepare(
        'INSERT INTO delivery_attempts (case_id, at, step, outcome, error_kind) VALUES (?, ?, ?, ?, ?)',
      )
      .run(e.caseId, e.at, stepOf(e), e.kind, errorKindOf(e));
  }

  /** Oldest first. */
  of(caseId: string): Array<DeliveryAttempt> {
    const rows = this.#db
      .prepare(
        'SELECT at, step, outcome, error_kind FROM delivery_attempts WHERE case_id = ? ORDER BY at, id',
      )
      .all(caseId) as Array<{
      at: number;
      step: AttemptStep;
      outcome: SyncEvent['kind'];
      error_kind: string | null;
    }>;
    return rows.map((r) => ({ at: r.at, step: r.step, outcome: r.outcome, errorKind: r.error_kind }));
  }
}
