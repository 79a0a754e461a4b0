import type { CaseStatus } from '../domain/case-status';
import type { FieldError } from '../sync/province-types';

/** A case as the wizard hands it over at 确认提交. */
export type NewCase = Readonly<{
  itemId: string;
  infno: 'ZZ01' | 'ZZ02';
  /** The contract's input.data fields for this transaction, except att (the worker adds it). */
  data: Readonly<Record<string, string>>;
  materials: ReadonlyArray<NewMaterial>;
  person: Readonly<{ certno: string; name: string; certType: string }>;
  /** The person's 参保地 when known (from 1101/EC01); for ZZ01 it defaults to data.insu_admdvs. */
  insuplcAdmdvs?: string;
  /** Made by the renderer when the resident confirms; a second submit with it returns the same case. */
  idempotencyKey?: string;
  /** The session that submitted it: a retry after a core restart is matched to it (migration 0003). */
  sessionId?: string;
}>;

export type NewMaterial = Readonly<{ photoId: string; sha256: string; matlType: string; pages?: number }>;

/**
 * What the UI shows for a case:
 * - queued: committed at the kiosk, nothing delivered yet;
 * - uploading: some photos are at the province, the case itself is not yet submitted;
 * - submitted: the province took the case; its acceptance state is being confirmed (ZZ03);
 * - accepted: 已受理 (acp_stas 1), final;
 * - pending-review: 待审核 (acp_stas 2), the province will decide later; the worker keeps asking;
 * - approved: 审核通过 (acp_stas 3), final;
 * - rejected: 审核不通过 (acp_stas 9), final, with the province's reason (rejt_rea);
 * - needs-attention: the province refused the submission (reasons attached) or the kiosk could not send
 *   it (a photo is missing or damaged); staff resend or resolve it. It never blocks other cases.
 */
export { CASE_STATUSES, type CaseStatus } from '../domain/case-status';

/** Why a case needs attention ('attempts-exhausted': it kept failing and the worker stopped trying). */
export type AttentionCode = 'refused' | 'photo-missing' | 'photo-mismatch' | 'attempts-exhausted';

export type CaseView = Readonly<{
  caseId: string;
  caseNo: string;
  itemId: string;
  infno: 'ZZ01' | 'ZZ02';
  status: CaseStatus;
  certnoMask: string;
  nameMask: string;
  createdAt: number;
  updatedAt: number;
  /** The province's 受理编号, once it has one. */
  trtDclaDetlSn: string | null;
  acpStas: string | null;
  /** The province's err_msg for a refusal (Chinese, as received). */
  errMsg: string | null;
  /** The province's per-field reasons for a refusal. */
  reasons: ReadonlyArray<FieldError>;
  /** The province's reason for 审核不通过. */
  rejtRea: string | null;
  attentionCode: AttentionCode | null;
  resolution: Readonly<{ note: string; at: number }> | null;
  materials: number;
  materialsUploaded: number;
  /** True once retention removed the personal data and photos. */
  purged: boolean;
}>;

export type LedgerRow = CaseView &
  Readonly<{ submitMsgid: string; lastError: string | null; attempts: number }>;

export type LedgerFilter = Readonly<{
  status?: CaseStatus;
  /** One service item (flows/catalog.ts ids). */
  itemId?: string;
  /** created_at bounds, epoch ms, inclusive from / exclusive to. */
  from?: number;
  to?: number;
  limit?: number;
  offset?: number;
}>;

export class CaseInputError extends Error {
  override readonly name = 'CaseInputError';
}
