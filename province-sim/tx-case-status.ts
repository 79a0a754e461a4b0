import { settleDueReviews, type ProvinceCase } from './case-review';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { isBlank } from './field-rules';
import { dateTimeText } from './local-time';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

/** ZZ03 受理状态查询 by ref_msgid or trt_dcla_detl_sn, for cases this service point submitted. */
export const caseStatus: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return missingNode('data', '交易输入');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const ref = r.optional('ref_msgid', '原报文ID');
  const sn = r.optional('trt_dcla_detl_sn', '受理编号');
  if (isBlank(ref) && isBlank(sn))
    checks.add('ref_msgid', '原报文ID ref_msgid与受理编号trt_dcla_detl_sn不能同时为空');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  settleDueReviews(ctx.db, ctx.now, ctx.review.rejectReason);
  const row = (
    !isBlank(ref)
      ? ctx.db.prepare('SELECT * FROM cases WHERE ref_msgid = ?').get(ref)
      : ctx.db.prepare('SELECT * FROM cases WHERE trt_dcla_detl_sn = ?').get(sn)
  ) as ProvinceCase | undefined;
  if (!row || row.fixmedins_code !== ctx.env.fixmedins_code) return refuse('未查询到受理信息');
  return {
    ok: true,
    output: {
      trt_dcla_detl_sn: row.trt_dcla_detl_sn,
      acp_stas: row.acp_stas,
      rejt_rea: row.rejt_rea,
      upd_time: dateTimeText(row.upd_time, ctx.tz),
    },
  };
};
