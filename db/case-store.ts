import { maskIdNumber, maskName } from '../domain/id-number';
import { CHINA_UTC_OFFSET_MINUTES } from '../sync/local-time';
import { allocateCaseNumber } from './case-number';
import { CASE_VIEW_SELECT, toCaseView, toLedgerRow, type ViewRow } from './case-rows';
import {
  CaseInputError,
  type CaseStatus,
  type CaseView,
  type LedgerFilter,
  type LedgerRow,
  type NewCase,
} from './case-types';
import { faultPoint } from '../kiosk/fault-point';
import { isFinal } from './outbox';
import { createMsgidAllocator, type MsgidAllocator } from './msgid-allocator';
import { sealPersonal } from './personal-data';
import { sealColumn } from './sealed-columns';
import { uuidV7 } from './uuid-v7';
import type { SqlStatement } from './driver/index';
import type { Db } from './sqlite';

export type CaseStoreOptions = Readonly<{
  /** 32-byte data key (security/cipher loadOrCreateKey). */
  key: Buffer;
  /** The service point's 12-char code (msgid prefix). */
  fixmedinsCode: string;
  /** The kiosk's county code (first part of the 受理编号). */
  countyCode: string;
  /** This kiosk's msgid slot among the kiosks of its service point (msgid-allocator.ts). Default 0. */
  terminalSlot?: number;
  now?: () => number;
  tzOffsetMinutes?: number;
}>;

/** `replayed`: the idempotency key was known, so this is the case an earlier call committed. */
export type SubmitResult = Readonly<{
  caseId: string;
  caseNo: string;
  createdAt: number;
  replayed: boolean;
  /** The session that submitted it (null: not recorded). */
  sessionId: string | null;
}>;

export type StaffActionProblem = 'not-found' | 'purged' | 'settled' | 'not-needs-attention';

/** A refused staff action says why in `message` (plain words for the admin screen and the log). */
export type StaffActionResult = { ok: true } | { ok: false; problem: StaffActionProblem; message: string };

/**
 * The resident- and staff-facing side of the case database. submitCase commits the case, its materials and
 * all its outbox messages (with their msgids) in ONE transaction; the 受理编号 it returns may be shown only
 * after it returns, because only then is the case on disk (synchronous=FULL).
 */
export class CaseStore {
  readonly #db: Db;
  #o: CaseStoreOptions;
  readonly #now: () => number;
  #msgid: MsgidAllocator;
  readonly #insertCase: SqlStatement;
  readonly #insertMaterial: SqlStatement;
  readonly #insertOutbox: SqlStatement;
  readonly #byIdempotencyKey: SqlStatement;

  constructor(db: Db, options: CaseStoreOptions) {
    if (options.key.length !== 32) throw new Error('case store key must be 32 bytes');
    if (!/^\d{6}$/.test(options.countyCode)) throw new Error('countyCode must be 6 digits');
    this.#db = db;
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#msgid = createMsgidAllocator(
      db,
      options.fixmedinsCode,
      this.#now,
      this.#tz,
      options.terminalSlot ?? 0,
    );
    this.#insertCase = db.prepare(
      `INSERT INTO cases (case_id, case_no, item_id, infno, status, certno_mask, name_mask, cert_type,
         insuplc_admdvs, personal, submit_msgid, created_at, updated_at, next_attempt_at, idempotency_key, session_id)
       VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#insertMaterial = db.prepare(
      'INSERT INTO materials (case_id, seq, photo_id, sha256, matl_type, pages) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#insertOutbox = db.prepare(
      `INSERT INTO outbox (msgid, case_id, kind, material_seq, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)`,
    );
    // Asked up to three times per 确认提交 (before the checks, before the commit, inside it): prepared once.
    this.#byIdempotencyKey = db.prepare(
      'SELECT case_id, case_no, created_at, session_id FROM cases WHERE idempotency_key = ?',
    );
  }

  /**
   * A technician changed the kiosk's identity (admin mode, no restart): new cases are numbered and their
   * msgids made with the new service-point code, county and slot. Cases already committed keep theirs.
   */
  reidentify(identity: Pick<CaseStoreOptions, 'fixmedinsCode' | 'countyCode' | 'terminalSlot'>): void {
    if (!/^\d{6}$/.test(identity.countyCode)) throw new Error('countyCode must be 6 digits');
    const msgid = createMsgidAllocator(
      this.#db,
      identity.fixmedinsCode,
      this.#now,
      this.#tz,
      identity.terminalSlot ?? 0,
    );
    this.#o = { ...this.#o, ...identity };
    this.#msgid = msgid;
  }

  get #tz(): number {
    return this.#o.tzOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  }

  /** The persisted msgid allocator, for the provincial client's sign-ins and reads. */
  get allocateMsgid(): MsgidAllocator {
    return this.#msgid;
  }

  /** The case an earlier submit with this idempotency key committed, if any. */
  findByIdempotencyKey(key: string): SubmitResult | null {
    const row = this.#byIdempotencyKey.get(key) as
      { case_id: string; case_no: string; created_at: number; session_id: string | null } | undefined;
    return row
      ? {
          caseId: row.case_id,
          caseNo: row.case_no,
          createdAt: row.created_at,
          replayed: true,
          sessionId: row.session_id,
        }
      : null;
  }

  submitCase(newCase: NewCase): SubmitResult {
    validateNewCase(newCase);
    const db = this.#db;
    return db
      .transaction((): SubmitResult => {
        // Looked up inside the write transaction: two racing taps with one key serialise here.
        const known =
          newCase.idempotencyKey === undefined ? null : this.findByIdempotencyKey(newCase.idempotencyKey);
        if (known) return known;
        const now = this.#now();
        const caseId = uuidV7(now);
        const caseNo = allocateCaseNumber(db, this.#o.countyCode, now, this.#tz);
        const submitMsgid = this.#msgid();
        const insuplc =
          newCase.insuplcAdmdvs ?? (newCase.infno === 'ZZ01' ? (newCase.data.insu_admdvs ?? '') : '');
        this.#insertCase.run(
          caseId,
          caseNo,
          newCase.itemId,
          newCase.infno,
          maskIdNumber(newCase.person.certno),
          maskName(newCase.person.name),
          newCase.person.certType,
          insuplc,
          sealPersonal(this.#o.key, caseId, { data: { ...newCase.data }, person: { ...newCase.person } }),
          submitMsgid,
          now,
          now,
          now,
          newCase.idempotencyKey ?? null,
          newCase.sessionId ?? null,
        );
        newCase.materials.forEach((m, seq) => {
          this.#insertMaterial.run(
            caseId,
            seq,
            m.photoId,
            m.sha256.toLowerCase(),
            m.matlType,
            m.pages ?? null,
          );
          this.#insertOutbox.run(this.#msgid(), caseId, 'upload', seq, now);
        });
        this.#insertOutbox.run(submitMsgid, caseId, 'submit', null, now);
        faultPoint('case-in-transaction');
        return { caseId, caseNo, createdAt: now, replayed: false, sessionId: newCase.sessionId ?? null };
      })
      .immediate();
  }

  getCase(caseId: string): CaseView | null {
    const row = this.#db.prepare(`${CASE_VIEW_SELECT} WHERE c.case_id = ?`).get(caseId) as
      ViewRow | undefined;
    return row ? toCaseView(row, this.#o.key) : null;
  }

  getCaseByNumber(caseNo: string): CaseView | null {
    const row = this.#db.prepare(`${CASE_VIEW_SELECT} WHERE c.case_no = ?`).get(caseNo) as
      ViewRow | undefined;
    return row ? toCaseView(row, this.#o.key) : null;
  }

  /** The back-office ledger, newest first; masked data only. */
  listLedger(filter: LedgerFilter = {}): Array<LedgerRow> {
    const where: Array<string> = [];
    const args: Array<string | number> = [];
    if (filter.status !== undefined) {
      where.push('c.status = ?');
      args.push(filter.status);
    }
    if (filter.itemId !== undefined) {
      where.push('c.item_id = ?');
      args.push(filter.itemId);
    }
    if (filter.from !== undefined) {
      where.push('c.created_at >= ?');
      args.push(filter.from);
    }
    if (filter.to !== undefined) {
      where.push('c.created_at < ?');
      args.push(filter.to);
    }
    const sql = `${CASE_VIEW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY c.created_at DESC, c.case_no DESC LIMIT ? OFFSET ?`;
    const rows = this.#db
      .prepare(sql)
      .all(...args, filter.limit ?? 1000, filter.offset ?? 0) as Array<ViewRow>;
    return rows.map((r) => toLedgerRow(r, this.#o.key));
  }

  /**
   * Sends a needs-attention case again. The province remembers the refused msgids, so every message that
   * has not succeeded gets a NEW msgid, and so does the submission; photos are uploaded again (harmless,
   * and needed when the refusal was about a file id).
   */
  resend(caseId: string): StaffActionResult {
    const db = this.#db;
    return db
      .transaction((): StaffActionResult => {
        const refusal = this.#staffActionRefusal(caseId, 'resend');
        if (refusal) return refusal;
        const now = this.#now();
        db.prepare(
          `UPDATE outbox SET state = 'superseded' WHERE case_id = ? AND state IN ('pending', 'refused', 'done')`,
        ).run(caseId);
        db.prepare('UPDATE materials SET file_qury_no = NULL WHERE case_id = ?').run(caseId);
        const seqs = db
          .prepare('SELECT seq FROM materials WHERE case_id = ? ORDER BY seq')
          .all(caseId) as Array<{ seq: number }>;
        const insert = db.prepare(
          `INSERT INTO outbox (msgid, case_id, kind, material_seq, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)`,
        );
        for (const { seq } of seqs) insert.run(this.#msgid(), caseId, 'upload', seq, now);
        const submitMsgid = this.#msgid();
        insert.run(submitMsgid, caseId, 'submit', null, now);
        db.prepare(
          `UPDATE cases SET status = 'queued', submit_msgid = ?, err_msg = NULL, reasons = '[]', attention_code = NULL,
             trt_dcla_detl_sn = NULL, acp_stas = NULL, attempts = 0, next_attempt_at = ?, last_error = NULL,
             resolved_at = NULL, note = NULL, updated_at = ? WHERE case_id = ?`,
        ).run(submitMsgid, now, now, caseId);
        return { ok: true };
      })
      .immediate();
  }

  /** Closes a needs-attention case with a staff note (e.g. "resident will come back with a new photo"). */
  resolve(caseId: string, note: string): StaffActionResult {
    const refusal = this.#staffActionRefusal(caseId, 'resolve');
    if (refusal) return refusal;
    const now = this.#now();
    this.#db
      .prepare(
        'UPDATE cases SET note = ?, resolved_at = ?, settled_at = ?, next_attempt_at = NULL, updated_at = ? WHERE case_id = ?',
      )
      .run(sealColumn(this.#o.key, caseId, 'note', note), now, now, now, caseId);
    return { ok: true };
  }

  /** Why staff may not resend or resolve this case now (the ledger shows it), or null when they may. */
  staffActionCheck(caseId: string, action: 'resend' | 'resolve'): StaffActionResult | null {
    return this.#staffActionRefusal(caseId, action);
  }

  /**
   * Why staff may not resend or resolve this case, or null when they may. Only an unresolved
   * needs-attention case with its personal data still on the kiosk qualifies: a purged case has nothing
   * left to send, a settled one is the province's, and a live one belongs to the worker.
   */
  #staffActionRefusal(caseId: string, action: 'resend' | 'resolve'): StaffActionResult | null {
    const row = this.#db
      .prepare('SELECT case_no, status, purged_at, resolved_at FROM cases WHERE case_id = ?')
      .get(caseId) as
      | { case_no: string; status: CaseStatus; purged_at: number | null; resolved_at: number | null }
      | undefined;
    const refuse = (problem: StaffActionProblem, why: string): StaffActionResult => ({
      ok: false,
      problem,
      message: `cannot ${action} case ${row?.case_no ?? caseId}: ${why}`,
    });
    if (!row) return refuse('not-found', 'no such case');
    if (row.purged_at !== null)
      return refuse('purged', 'its personal data and photos were removed by retention');
    if (isFinal(row.status))
      return refuse('settled', `the province has settled it (${row.status}); there is nothing to redo`);
    if (row.status !== 'needs-attention')
      return refuse('not-needs-attention', `it is ${row.status}; the sync worker is still delivering it`);
    if (row.resolved_at !== null && action === 'resolve')
      return refuse('not-needs-attention', 'staff already resolved it');
    return null;
  }
}

function validateNewCase(c: NewCase): void {
  const problems: Array<string> = [];
  if (c.infno !== 'ZZ01' && c.infno !== 'ZZ02') problems.push('infno');
  if (!c.itemId) problems.push('itemId');
  if (!c.person.certno) problems.push('person.certno');
  if (!c.person.name) problems.push('person.name');
  if ('att' in c.data) problems.push('data.att (the worker adds att)');
  for (const [k, v] of Object.entries(c.data)) if (typeof v !== 'string') problems.push(`data.${k}`);
  c.materials.forEach((m, i) => {
    if (!m.photoId) problems.push(`materials[${i}].photoId`);
    if (!/^[0-9a-fA-F]{64}$/.test(m.sha256)) problems.push(`materials[${i}].sha256`);
    if (!m.matlType) problems.push(`materials[${i}].matlType`);
  });
  if (problems.length) throw new CaseInputError(`invalid case: ${problems.join(', ')}`);
}
