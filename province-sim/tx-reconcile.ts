import { settleDueReviews, type ProvinceCase } from './case-review';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { isDateText } from './field-rules';
import { maskCertno } from './id-number';
import { DAY_MS, dateTimeText, localMidnightOf } from './local-time';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

/** ZZ04 终端对账: the ZZ01/ZZ02 cases the province holds from this terminal, by receive date, paged. */
export const reconcile: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return missingNode('data', '交易输入');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const devNo = r.required('dev_no', '设备编号');
  const begn = r.date('begndate', '开始日期');
  const end = r.date('enddate', '结束日期');
  if (devNo !== '' && devNo !== ctx.env.dev_no) checks.add('dev_no', '设备编号与报文不一致');
  if (isDateText(begn) && isDateText(end) && end < begn) checks.add('enddate', '结束日期不能早于开始日期');
  const pageNum = Number(d.page_num);
  const pageSize = Number(d.page_size);
  if (!Number.isInteger(pageNum) || pageNum < 1) checks.add('page_num', '页码page_num须为从1开始的整数');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500)
    checks.add('page_size', '每页条数page_size须为1至500的整数');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  settleDueReviews(ctx.db, ctx.now, ctx.review.rejectReason);
  const from = localMidnightOf(begn, ctx.tz) as number;
  const to = (localMidnightOf(end, ctx.tz) as number) + DAY_MS;
  const total = (
    ctx.db
      .prepare(
        'SELECT COUNT(*) AS n FROM cases WHERE dev_no = ? AND fixmedins_code = ? AND recv_time >= ? AND recv_time < ?',
      )
      .get(devNo, ctx.env.fixmedins_code, from, to) as { n: number }
  ).n;
  const rows = ctx.db
    .prepare(
      `SELECT * FROM cases WHERE dev_no = ? AND fixmedins_code = ? AND recv_time >= ? AND recv_time < ?
       ORDER BY recv_time, ref_msgid LIMIT ? OFFSET ?`,
    )
    .all(devNo, ctx.env.fixmedins_code, from, to, pageSize, (pageNum - 1) * pageSize) as Array<ProvinceCase>;
  return {
    ok: true,
    output: {
      total,
      list: rows.map((row) => ({
        ref_msgid: row.ref_msgid,
        infno: row.infno,
        trt_dcla_detl_sn: row.trt_dcla_detl_sn,
        certno_mask: maskCertno(row.certno),
        acp_stas: row.acp_stas,
        recv_time: dateTimeText(row.recv_time, ctx.tz),
      })),
    },
  };
};
