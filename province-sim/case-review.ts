import type { Db } from './sim-database';

/** A province case row. */
export type ProvinceCase = {
  trt_dcla_detl_sn: string;
  ref_msgid: string;
  infno: string;
  fixmedins_code: string;
  dev_no: string;
  certno: string;
  fil_type: string | null;
  acp_stas: string;
  rejt_rea: string;
  decide_at: number | null;
  outcome: string | null;
  recv_time: number;
  upd_time: number;
  data: string;
};

/**
 * 待审核 cases are decided lazily: whenever one is read after its decide_at, it becomes 3 审核通过 or
 * 9 审核不通过 (with the configured reason), dated at decide_at.
 */
export function settleDueReviews(db: Db, now: number, rejectReason: string): void {
  db.prepare(
    `UPDATE cases SET acp_stas = CASE outcome WHEN 'reject' THEN '9' ELSE '3' END,
       rejt_rea = CASE outcome WHEN 'reject' THEN ? ELSE '' END, upd_time = decide_at, decide_at = NULL
     WHERE acp_stas = '2' AND decide_at IS NOT NULL AND decide_at <= ?`,
  ).run(rejectReason, now);
}
