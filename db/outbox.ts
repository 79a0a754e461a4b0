import type { FieldError } from '../sync/province-types';
import type { AttentionCode, CaseStatus } from './case-types';
import type { CaseRow } from './case-rows';
import { openPersonal } from './personal-data';
import { sealColumn } from './sealed-columns';
import type { Db } from './sqlite';

/** One material of a case in flight, with the upload message to send for it (null once uploaded). */
export type WorkMaterial = Readonly<{
  seq: number;
  photoId: string;
  sha256: string;
  matlType: string;
  fileQuryNo: string | null;
  uploadMsgid: string | null;
}>;

/** Everything the sync worker needs to take the next step for a case, personal data decrypted. */
export type CaseWork = Readonly<{
  caseId: string;
  caseNo: string;
  infno: 'ZZ01' | 'ZZ02';
  status: CaseStatus;
  insuplcAdmdvs: string;
  submitMsgid: string;
  data: Readonly<Record<string, string>>;
  materials: ReadonlyArray<WorkMaterial>;
  trtDclaDetlSn: string | null;
  attempts: number;
}>;

/** Statuses in which the worker still has something to send or ask. */
const LIVE: ReadonlyArray<CaseStatus> = ['queued', 'uploading', 'submitted', 'pending-review'];
const FINAL_ACCEPTANCE: Readonly<Record<string, CaseStatus>> = {
  '1': 'accepted',
  '2': 'pending-review',
  '3': 'approved',
  '9': 'rejected',
};

export function statusForAcpStas(acpStas: string): CaseStatus {
  return FINAL_ACCEPTANCE[acpStas] ?? 'submitted';
}

/**
 * The sync worker's view of the case database. Every method is one short transaction that records the
 * outcome of one exchange with the province, so a crash between exchanges loses nothing and a crash
 * during one only repeats it (with the same msgid).
 */
export class Outbox {
  readonly #db: Db;
  readonly #key: Buffer;

  constructor(db: Db, key: Buffer) {
    this.#db = db;
    this.#key = key;
  }

  /** Case ids whose next step is due at `now`, earliest first. */
  due(now: number, limit: number): Array<string> {
    const rows = this.#db
      .prepare(
        'SELECT case_id FROM cases WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?',
      )
      .all(now, limit) as Array<{ case_id: string }>;
    return rows.map((r) => r.case_id);
  }

  /** The earliest time any case wants attention, or null when nothing is scheduled. */
  nextDueAt(): number | null {
    const row = this.#db
      .prepare('SELECT MIN(next_attempt_at) AS t FROM cases WHERE next_attempt_at IS NOT NULL')
      .get() as {
      t: number | null;
    };
    return row.t;
  }

  load(caseId: string): CaseWork | null {
    const c = this.#db.prepare('SELECT * FROM cases WHERE case_id = ?').get(caseId) as CaseRow | undefined;
    if (!c || !LIVE.includes(c.status) || c.personal === null) return null;
    const materials = this.#db
      .prepare(
        `SELECT m.seq, m.photo_id, m.sha256, m.matl_type, m.file_qury_no,
           (SELECT o.msgid FROM outbox o WHERE o.case_id = m.case_id AND o.kind = 'upload' AND o.material_seq = m.seq
              AND o.state = 'pending') AS upload_msgid
         FROM materials m WHERE m.case_id = ? ORDER BY m.seq`,
      )
      .all(caseId) as Array<{
      seq: number;
      photo_id: string;
      sha256: string;
      matl_type: string;
      file_qury_no: string | null;
      upload_msgid: string | null;
    }>;
    return {
      caseId: c.case_id,
      caseNo: c.case_no,
      infno: c.infno,
      status: c.status,
      insuplcAdmdvs: c.insuplc_admdvs,
      submitMsgid: c.submit_msgid,
      data: openPersonal(this.#key, c.case_id, c.personal).data,
      materials: materials.map((m) => ({
        seq: m.seq,
        photoId: m.photo_id,
        sha256: m.sha256,
        matlType: m.matl_type,
        fileQuryNo: m.file_qury_no,
        uploadMsgid: m.file_qury_no === null ? m.upload_msgid : null,
      })),
      trtDclaDetlSn: c.trt_dcla_detl_sn,
      attempts: c.attempts,
    };
  }

  recordUpload(
    caseId: string,
    seq: number,
    msgid: string,
    fileQuryNo: string,
    infRefmsgid: string,
    now: number,
  ): void {
    this.#db
      .transaction(() => {
        this.#db
          .prepare('UPDATE materials SET file_qury_no = ? WHERE case_id = ? AND seq = ?')
          .run(fileQuryNo, caseId, seq);
        this.#db
          .prepare(`UPDATE outbox SET state = 'done', done_at = ?, inf_refmsgid = ? WHERE msgid = ?`)
          .run(now, infRefmsgid, msgid);
        this.#db
          .prepare(
            `UPDATE cases SET status = 'uploading', attempts = 0, last_error = NULL, updated_at = ? WHERE case_id = ?`,
          )
          .run(now, caseId);
      })
      .immediate();
  }

  /** The province took the submission: its number and acceptance state; `nextPollAt` null when final. */
  recordSubmitted(
    caseId: string,
    msgid: string,
    trtDclaDetlSn: string,
    acpStas: string,
    infRefmsgid: string,
    now: number,
    nextPollAt: number | null,
  ): CaseStatus {
    const status = statusForAcpStas(acpStas);
    this.#db
      .transaction(() => {
        this.#db
          .prepare(`UPDATE outbox SET state = 'done', done_at = ?, inf_refmsgid = ? WHERE msgid = ?`)
          .run(now, infRefmsgid, msgid);
        this.#db
          .prepare(
            `UPDATE cases SET status = ?, trt_dcla_detl_sn = ?, acp_stas = ?, attempts = 0, last_error = NULL,
               next_attempt_at = ?, settled_at = ?, updated_at = ? WHERE case_id = ?`,
          )
          .run(status, trtDclaDetlSn, acpStas, nextPollAt, isFinal(status) ? now : null, now, caseId);
      })
      .immediate();
    return status;
  }

  /** A ZZ03 answer. */
  recordStatus(
    caseId: string,
    acpStas: string,
    rejtRea: string,
    now: number,
    nextPollAt: number | null,
  ): CaseStatus {
    const status = statusForAcpStas(acpStas);
    this.#db
      .prepare(
        `UPDATE cases SET status = ?, acp_stas = ?, rejt_rea = ?, attempts = 0, last_error = NULL, next_attempt_at = ?,
           settled_at = ?, updated_at = ? WHERE case_id = ?`,
      )
      .run(
        status,
        acpStas,
        sealColumn(this.#key, caseId, 'rejt_rea', rejtRea === '' ? null : rejtRea),
        isFinal(status) ? null : nextPollAt,
        isFinal(status) ? now : null,
        now,
        caseId,
      );
    return status;
  }

  /** The 参保地 the province gave (1101) for a case committed without one; later steps send it. */
  recordInsuplc(caseId: string, insuplcAdmdvs: string, now: number): void {
    this.#db
      .prepare(
        `UPDATE cases SET insuplc_admdvs = ?, attempts = 0, last_error = NULL, updated_at = ? WHERE case_id = ?`,
      )
      .run(insuplcAdmdvs, now, caseId);
  }

  /** Try again later (retryable failure or a poll that came back without news). */
  defer(caseId: string, nextAttemptAt: number, error: string, now: number, countAttempt = true): void {
    this.#db
      .prepare(
        `UPDATE cases SET attempts = attempts + ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE case_id = ?`,
      )
      .run(
        countAttempt ? 1 : 0,
        nextAttemptAt,
        sealColumn(this.#key, caseId, 'last_error', error),
        now,
        caseId,
      );
  }

  /** Failed attempts so far (0 for an unknown case). */
  attemptsOf(caseId: string): number {
    const row = this.#db.prepare('SELECT attempts FROM cases WHERE case_id = ?').get(caseId) as
      { attempts: number } | undefined;
    return row?.attempts ?? 0;
  }

  /** The worker picked a case it has nothing to do for (purged, settled, resolved): take it off the schedule. */
  unschedule(caseId: string, now: number): void {
    this.#db
      .prepare(
        'UPDATE cases SET next_attempt_at = NULL, updated_at = ? WHERE case_id = ? AND next_attempt_at IS NOT NULL',
      )
      .run(now, caseId);
  }

  /**
   * The attempt limit is reached: park the case for staff, keeping the last error (resend starts afresh).
   * Only a case the province does not have yet (queued, uploading): a submitted case is the province's, and
   * a staff resend would submit it a second time under a new msgid. Returns false when not parked.
   */
  giveUp(caseId: string, lastError: string, now: number): boolean {
    const r = this.#db
      .prepare(
        `UPDATE cases SET status = 'needs-attention', attention_code = 'attempts-exhausted', err_msg = ?,
           attempts = attempts + 1, next_attempt_at = NULL, last_error = ?, updated_at = ?
         WHERE case_id = ? AND status IN ('queued', 'uploading')`,
      )
      .run(
        sealColumn(this.#key, caseId, 'err_msg', lastError),
        sealColumn(this.#key, caseId, 'last_error', lastError),
        now,
        caseId,
      );
    return r.changes > 0;
  }

  /** Parks a case for staff: the province refused a message, or the kiosk cannot build it. */
  park(
    caseId: string,
    code: AttentionCode,
    errMsg: string,
    reasons: ReadonlyArray<FieldError>,
    now: number,
    refusedMsgid: string | null,
  ): void {
    this.#db
      .transaction(() => {
        if (refusedMsgid !== null) {
          this.#db
            .prepare(`UPDATE outbox SET state = 'refused', done_at = ? WHERE msgid = ?`)
            .run(now, refusedMsgid);
        }
        this.#db
          .prepare(
            `UPDATE cases SET status = 'needs-attention', attention_code = ?, err_msg = ?, reasons = ?, next_attempt_at = NULL,
               last_error = ?, updated_at = ? WHERE case_id = ?`,
          )
          .run(
            code,
            sealColumn(this.#key, caseId, 'err_msg', errMsg),
            sealColumn(this.#key, caseId, 'reasons', JSON.stringify(reasons)),
            sealColumn(this.#key, caseId, 'last_error', errMsg),
            now,
            caseId,
          );
      })
      .immediate();
  }

  /** Copies the WAL back into the database file without blocking writers (see openKioskDatabase). */
  checkpoint(): void {
    this.#db.pragma('wal_checkpoint(PASSIVE)');
  }

  /**
   * Copies the whole WAL back and starts it again from its start (the worker calls this when idle). The file
   * keeps its blocks, up to journal_size_limit: a resident's commit then overwrites allocated blocks, and its
   * fsync has no file-size change to journal. Truncating to zero bytes instead cost every 确认提交 an appending
   * write plus a separately synced fresh WAL header (bench/commit.bench.ts).
   * The restarted WAL is then primed with one small commit (a counter in `meta`): the first commit into a
   * restarted WAL writes a new WAL header and fsyncs it before its frames, a second fsync, and that must be
   * this one, here, off the resident's path, so that a 确认提交 appends its frames and waits for ONE fsync.
   * Purged personal data does not rely on this: retention truncates the WAL itself after a purge.
   */
  restartWal(): void {
    this.#db.pragma('wal_checkpoint(RESTART)');
    // The value must change: a row rewritten with identical bytes dirties no page, and commits nothing.
    this.#db
      .prepare(
        `INSERT INTO meta (key, value) VALUES ('wal-restarts', '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
      )
      .run();
  }

  /** Cases in each status, leaving out needs-attention cases staff already resolved (admin screen). */
  countsByStatus(): Partial<Record<CaseStatus, number>> {
    const rows = this.#db
      .prepare('SELECT status, COUNT(*) AS n FROM cases WHERE resolved_at IS NULL GROUP BY status')
      .all() as Array<{
      status: CaseStatus;
      n: number;
    }>;
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}

export function isFinal(status: CaseStatus): boolean {
  return status === 'accepted' || status === 'approved' || status === 'rejected';
}
