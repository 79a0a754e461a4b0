import type { LedgerEntry, SyncHealth } from '../../../api/office-contract';
import type { CaseStore, StaffActionResult } from '../../../db/case-store';
import { DeliveryAttempts } from '../../../db/delivery-attempts';
import type { CaseStatus, LedgerRow } from '../../../db/case-types';
import { openColumn } from '../../../db/sealed-columns';
import type { Db } from '../../../db/sqlite';
import type { SyncStatus } from '../../../sync/sync-worker';

type DeliveryRow = {
  msgid: string;
  kind: 'upload' | 'submit';
  material_seq: number | null;
  state: 'pending' | 'done' | 'refused' | 'superseded';
  created_at: number;
  done_at: number | null;
};

const refusalOf = (r: StaffActionResult | null) =>
  r && !r.ok ? { problem: r.problem, message: r.message } : null;

/**
 * The back-office views of the case database: the ledger with every delivery and whether resend/resolve
 * apply, and sync health. Read-only; masked data only (the personal column is never opened here).
 */
export class LedgerView {
  readonly #db: Db;
  readonly #store: CaseStore;
  readonly #key: Buffer;
  readonly #attempts: DeliveryAttempts;

  constructor(db: Db, store: CaseStore, key: Buffer) {
    this.#db = db;
    this.#store = store;
    this.#key = key;
    this.#attempts = new DeliveryAttempts(db);
  }

  entries(filter: { from: number; to: number; itemId?: string; status?: CaseStatus; limit: number }) {
    return this.#store
      .listLedger({
        from: filter.from,
        to: filter.to,
        limit: filter.limit,
        ...(filter.itemId ? { itemId: filter.itemId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      })
      .map((row) => this.entryOf(row));
  }

  entry(caseId: string): LedgerEntry | null {
    const row = this.#rowOf(caseId);
    return row ? this.entryOf(row) : null;
  }

  #rowOf(caseId: string): LedgerRow | null {
    const at = this.#db.prepare('SELECT created_at FROM cases WHERE case_id = ?').get(caseId) as
      { created_at: number } | undefined;
    if (!at) return null;
    return (
      this.#store
        .listLedger({ from: at.created_at, to: at.created_at + 1, limit: 100 })
        .find((r) => r.caseId === caseId) ?? null
    );
  }

  entryOf(row: LedgerRow): LedgerEntry {
    const deliveries = this.#db
      .prepare(
        'SELECT msgid, kind, material_seq, state, created_at, done_at FROM outbox WHERE case_id = ? ORDER BY created_at, msgid',
      )
      .all(row.caseId) as Array<DeliveryRow>;
    return {
      caseId: row.caseId,
      caseNo: row.caseNo,
      itemId: row.itemId,
      infno: row.infno,
      status: row.status,
      certnoMask: row.certnoMask,
      nameMask: row.nameMask,
      createdAt: row.createdAt,
      trtDclaDetlSn: row.trtDclaDetlSn,
      acpStas: row.acpStas,
      errMsg: row.errMsg,
      reasons: [...row.reasons],
      rejtRea: row.rejtRea,
      attentionCode: row.attentionCode,
      resolution: row.resolution,
      purged: row.purged,
      attempts: row.attempts,
      attemptLog: this.#attempts.of(row.caseId),
      lastError: row.lastError,
      deliveries: deliveries.map((d) => ({
        msgid: d.msgid,
        kind: d.kind,
        materialSeq: d.material_seq,
        state: d.state,
        createdAt: d.created_at,
        doneAt: d.done_at,
      })),
      canResend: refusalOf(this.#store.staffActionCheck(row.caseId, 'resend')),
      canResolve: refusalOf(this.#store.staffActionCheck(row.caseId, 'resolve')),
    };
  }

  /** Every submit msgid a case was ever sent under (a resend makes a new one): ZZ04 lists one of them. */
  submitMsgids(): Map<string, string> {
    const rows = this.#db.prepare("SELECT msgid, case_id FROM outbox WHERE kind = 'submit'").all() as Array<{
      msgid: string;
      case_id: string;
    }>;
    return new Map(rows.map((r) => [r.msgid, r.case_id]));
  }

  caseIdByProvinceNo(trtDclaDetlSn: string): string | null {
    const row = this.#db
      .prepare('SELECT case_id FROM cases WHERE trt_dcla_detl_sn = ?')
      .get(trtDclaDetlSn) as { case_id: string } | undefined;
    return row?.case_id ?? null;
  }

  health(worker: SyncStatus): SyncHealth {
    const oldest = this.#db
      .prepare(
        `SELECT case_no, created_at FROM cases WHERE status IN ('queued', 'uploading', 'submitted')
         ORDER BY created_at LIMIT 1`,
      )
      .get() as { case_no: string; created_at: number } | undefined;
    const errorsByKind: Record<string, number> = {};
    const attention = this.#db
      .prepare(
        `SELECT COALESCE(attention_code, 'unknown') AS code, COUNT(*) AS n FROM cases
         WHERE status = 'needs-attention' AND resolved_at IS NULL GROUP BY code`,
      )
      .all() as Array<{ code: string; n: number }>;
    for (const a of attention) errorsByKind[`attention:${a.code}`] = a.n;
    const waiting = this.#db
      .prepare(
        `SELECT case_id, last_error FROM cases WHERE last_error IS NOT NULL AND settled_at IS NULL
         AND status IN ('queued', 'uploading', 'submitted', 'pending-review')`,
      )
      .all() as Array<{ case_id: string; last_error: string }>;
    for (const w of waiting) {
      const text = openColumn(this.#key, w.case_id, 'last_error', w.last_error) ?? '';
      const kind = /^([a-z-]+):/.exec(text)?.[1] ?? 'other';
      errorsByKind[`retry:${kind}`] = (errorsByKind[`retry:${kind}`] ?? 0) + 1;
    }
    return {
      running: worker.running,
      queued: worker.queued,
      awaitingReview: worker.awaitingReview,
      needsAttention: worker.needsAttention,
      oldestWaiting: oldest ? { caseNo: oldest.case_no, createdAt: oldest.created_at } : null,
      lastSuccessAt: worker.lastSuccessAt,
      lastError: worker.lastError,
      pausedForMaintenance: worker.pausedForMaintenance,
      resumeAt: worker.resumeAt,
      holdUntil: worker.holdUntil,
      errorsByKind,
    };
  }
}
