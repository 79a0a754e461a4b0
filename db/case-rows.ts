import type { FieldError } from '../sync/province-types';
import type { AttentionCode, CaseStatus, CaseView, LedgerRow } from './case-types';
import { openColumn } from './sealed-columns';

/** The cases row as stored, and its mapping to what screens and the ledger see. */
export type CaseRow = {
  case_id: string;
  case_no: string;
  item_id: string;
  infno: 'ZZ01' | 'ZZ02';
  status: CaseStatus;
  certno_mask: string;
  name_mask: string;
  cert_type: string;
  insuplc_admdvs: string;
  personal: string | null;
  submit_msgid: string;
  trt_dcla_detl_sn: string | null;
  acp_stas: string | null;
  err_msg: string | null;
  reasons: string;
  rejt_rea: string | null;
  attention_code: AttentionCode | null;
  note: string | null;
  resolved_at: number | null;
  created_at: number;
  updated_at: number;
  settled_at: number | null;
  purged_at: number | null;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
};

export const CASE_VIEW_SELECT = `
  SELECT c.*,
    (SELECT COUNT(*) FROM materials m WHERE m.case_id = c.case_id) AS materials_total,
    (SELECT COUNT(*) FROM materials m WHERE m.case_id = c.case_id AND m.file_qury_no IS NOT NULL) AS materials_uploaded
  FROM cases c`;

type ViewRow = CaseRow & { materials_total: number; materials_uploaded: number };

function parseReasons(text: string): Array<FieldError> {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as Array<FieldError>) : [];
  } catch {
    return [];
  }
}

/** `key` opens the sealed free-text columns (sealed-columns.ts). */
export function toCaseView(r: ViewRow, key: Buffer): CaseView {
  const open = (c: 'err_msg' | 'reasons' | 'rejt_rea' | 'note'): string | null =>
    openColumn(key, r.case_id, c, r[c]);
  return {
    caseId: r.case_id,
    caseNo: r.case_no,
    itemId: r.item_id,
    infno: r.infno,
    status: r.status,
    certnoMask: r.certno_mask,
    nameMask: r.name_mask,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    trtDclaDetlSn: r.trt_dcla_detl_sn,
    acpStas: r.acp_stas,
    errMsg: open('err_msg'),
    reasons: parseReasons(open('reasons') ?? '[]'),
    rejtRea: open('rejt_rea'),
    attentionCode: r.attention_code,
    resolution: r.resolved_at === null ? null : { note: open('note') ?? '', at: r.resolved_at },
    materials: r.materials_total,
    materialsUploaded: r.materials_uploaded,
    purged: r.purged_at !== null,
  };
}

export function toLedgerRow(r: ViewRow, key: Buffer): LedgerRow {
  return {
    ...toCaseView(r, key),
    submitMsgid: r.submit_msgid,
    lastError: openColumn(key, r.case_id, 'last_error', r.last_error),
    attempts: r.attempts,
  };
}

export type { ViewRow };
