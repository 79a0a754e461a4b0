import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case-status';
import { ExportEncoding, ExportFolder, WithAdminToken } from './admin-contract-base';

/**
 * Back-office methods (office.*, backOffice role): sync health, the case ledger, resend/resolve and
 * reconciliation with the province's ZZ04 listing. Every method's args extend WithAdminToken.
 */

/** A business date (the kiosk's utcOffset), as the province's ZZ04 takes it. */
export const BusinessDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'yyyy-MM-dd');
const DateRange = z.object({ from: BusinessDate, to: BusinessDate });

const Note = z.string().trim().min(1, 'a note is required').max(500);

export const DeliverySchema = z.object({
  msgid: z.string(),
  kind: z.enum(['upload', 'submit']),
  materialSeq: z.number().int().nullable(),
  state: z.enum(['pending', 'done', 'refused', 'superseded']),
  createdAt: z.number(),
  doneAt: z.number().nullable(),
});

/** One try of one of the case's messages (db/delivery-attempts.ts). */
export const AttemptSchema = z.object({
  at: z.number(),
  step: z.enum(['upload', 'submit', 'status']).nullable(),
  outcome: z.enum(['sent', 'deferred', 'parked', 'settled', 'error']),
  errorKind: z.string().nullable(),
});

/** Why staff may not resend or resolve a case just now (null: they may). */
export const ActionRefusal = z
  .object({ problem: z.enum(['not-found', 'purged', 'settled', 'not-needs-attention']), message: z.string() })
  .nullable();

export const LedgerEntrySchema = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  itemId: z.string(),
  infno: z.enum(['ZZ01', 'ZZ02']),
  status: z.enum(CASE_STATUSES),
  /** Masked only (first 4 and last 4; 张*明): the ledger never shows a whole ID number or name. */
  certnoMask: z.string(),
  nameMask: z.string(),
  createdAt: z.number(),
  trtDclaDetlSn: z.string().nullable(),
  acpStas: z.string().nullable(),
  /** The province's refusal (err_msg) and its per-field reasons, its 审核不通过 reason. */
  errMsg: z.string().nullable(),
  reasons: z.array(z.object({ field: z.string(), reason: z.string() })),
  rejtRea: z.string().nullable(),
  attentionCode: z.string().nullable(),
  resolution: z.object({ note: z.string(), at: z.number() }).nullable(),
  purged: z.boolean(),
  /** Failed attempts since the last success or resend (the worker's backoff counter). */
  attempts: z.number().int(),
  /** Every attempt ever made for the case, oldest first: time, outcome, kind of error. */
  attemptLog: z.array(AttemptSchema),
  lastError: z.string().nullable(),
  /** Every message sent for the case (photo uploads and submissions, including superseded ones). */
  deliveries: z.array(DeliverySchema),
  canResend: ActionRefusal,
  canResolve: ActionRefusal,
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const SyncHealthSchema = z.object({
  running: z.boolean(),
  /** Cases not yet taken by the province (queued, uploading, submitted). */
  queued: z.number().int(),
  awaitingReview: z.number().int(),
  needsAttention: z.number().int(),
  oldestWaiting: z.object({ caseNo: z.string(), createdAt: z.number() }).nullable(),
  lastSuccessAt: z.number().nullable(),
  lastError: z.object({ at: z.number(), detail: z.string() }).nullable(),
  pausedForMaintenance: z.boolean(),
  resumeAt: z.number().nullable(),
  holdUntil: z.number().nullable(),
  /** Open problems by kind: needs-attention by its code, waiting cases by their last error's kind. */
  errorsByKind: z.record(z.string(), z.number().int()),
  /** Set when the kiosk runs but takes no case (kiosk/out-of-service.ts): the reason, and for staff the detail. */
  outOfService: z
    .object({ reason: z.enum(['case-database-unusable']), detail: z.string() })
    .nullable()
    .optional(),
});
export type SyncHealth = z.infer<typeof SyncHealthSchema>;

export const RECONCILE_KINDS = [
  'matched',
  'missing-at-province',
  'unknown-locally',
  'status-differs',
] as const;
export const ReconcileKind = z.enum(RECONCILE_KINDS);
export type ReconcileKind = z.infer<typeof ReconcileKind>;

export const ReconcileLineSchema = z.object({
  kind: ReconcileKind,
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  itemId: z.string().nullable(),
  localStatus: z.enum(CASE_STATUSES).nullable(),
  /** The province's acp_stas (1 已受理, 2 待审核, 3 审核通过, 9 审核不通过). */
  provinceAcpStas: z.string().nullable(),
  trtDclaDetlSn: z.string().nullable(),
  refMsgid: z.string().nullable(),
  certnoMask: z.string(),
  createdAt: z.number().nullable(),
  recvTime: z.string().nullable(),
  /** missing-at-province: whether a resend is possible, or why not. */
  resendRefusal: ActionRefusal,
});
export type ReconcileLine = z.infer<typeof ReconcileLineSchema>;

export const ReconcileReportSchema = z.object({
  kioskId: z.string(),
  from: BusinessDate,
  to: BusinessDate,
  ranAt: z.number(),
  /** 'manual' (a clerk) or 'daily' (the automatic run). */
  trigger: z.enum(['manual', 'daily']),
  counts: z.object({
    matched: z.number().int(),
    'missing-at-province': z.number().int(),
    'unknown-locally': z.number().int(),
    'status-differs': z.number().int(),
  }),
  provinceTotal: z.number().int(),
  lines: z.array(ReconcileLineSchema),
});
export type ReconcileReport = z.infer<typeof ReconcileReportSchema>;

/** One 呼叫工作人员 (db/staff-calls.ts): when, from which screen (wizard step) and item, whether staff came. */
export const StaffCallSchema = z.object({
  id: z.number().int(),
  step: z.string(),
  itemId: z.string().nullable(),
  calledAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type StaffCallView = z.infer<typeof StaffCallSchema>;

const CaseAction = WithAdminToken.extend({ caseId: z.string().min(1).max(64), note: Note }).strict();

export const officeContract = {
  'office.health': { args: WithAdminToken, result: SyncHealthSchema },
  /** The ledger, newest first: cases created in the date range, optionally of one item or status. */
  'office.ledger': {
    args: WithAdminToken.extend({
      from: BusinessDate,
      to: BusinessDate,
      itemId: z.string().max(40).optional(),
      status: z.enum(CASE_STATUSES).optional(),
      limit: z.number().int().min(1).max(1000).default(500),
    }).strict(),
    result: z.object({ entries: z.array(LedgerEntrySchema) }),
  },
  /** Sends a needs-attention case again (new msgids). Refused with details { problem, message }. */
  'office.resend': { args: CaseAction, result: z.object({}) },
  /** Closes a needs-attention case with the note. Refused with details { problem, message }. */
  'office.resolve': { args: CaseAction, result: z.object({}) },
  /** Fetches ZZ04 for the range (all pages) and compares it with the ledger. */
  'office.reconcile': {
    args: WithAdminToken.extend(DateRange.shape).strict(),
    result: ReconcileReportSchema,
  },
  /** The latest reconciliation (manual or the daily one), or null. */
  'office.reconcile.last': { args: WithAdminToken, result: ReconcileReportSchema.nullable() },
  /** The residents' calls for staff, newest first (optionally only those nobody has acknowledged). */
  'office.staffCalls': {
    args: WithAdminToken.extend({
      unansweredOnly: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
    }).strict(),
    result: z.object({ calls: z.array(StaffCallSchema) }),
  },
  /** Staff went to the resident. Refused (details { problem }) when there is no such call or it was already. */
  'office.staffCalls.acknowledge': {
    args: WithAdminToken.extend({ id: z.number().int().positive() }).strict(),
    result: z.object({}),
  },
  /** Writes the ledger and the reconciliation of the range as CSV files into the folder. */
  'office.export': {
    args: WithAdminToken.extend({
      ...DateRange.shape,
      folder: ExportFolder,
      encoding: ExportEncoding.default('utf8-bom'),
    }).strict(),
    result: z.object({ files: z.array(z.string()) }),
  },
} as const;
