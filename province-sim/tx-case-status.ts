import { isoDateTime } from '../sync/local-time';
import { settleDueReviews, type ProvinceCase } from './case-review';
import { FieldChecks } from './field-checks';
import { dataOf, refuse, type TxHandler } from './tx-context';

/** ZZ03 受理状态查询 by ref_msgid or trt_dcla_detl_sn, for cases this service point submitted. */
export const caseStatus: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return refuse('交易输入data不能为空', [{ field: 'data', reason: '交易输入data不能为空' }]);
  const checks = new FieldChecks();
  const ref = checks.optional(d, 'ref_msgid');
  const sn = checks.optional(d, 'trt_dcla_detl_sn');
  if (ref === '' && sn === '')
    checks.add('ref_msgid', '原报文ID ref_msgid与受理编号trt_dcla_detl_sn不能同时为空');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  settleDueReviews(ctx.db, ctx.now, ctx.review.rejectReason);
  const row = (
    ref !== ''
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
      upd_time: isoDateTime(row.upd_time, ctx.tz),
    },
  };
};
