import { maskIdNumber } from '../domain/id-number';
import { isoDateTime, parseLocalDate } from '../sync/local-time';
import { settleDueReviews, type ProvinceCase } from './case-review';
import { FieldChecks, isIsoDate } from './field-checks';
import { dataOf, refuse, type TxHandler } from './tx-context';

const DAY_MS = 86_400_000;

/** ZZ04 终端对账: the ZZ01/ZZ02 cases the province holds from this terminal, by receive date, paged. */
export const reconcile: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return refuse('交易输入data不能为空', [{ field: 'data', reason: '交易输入data不能为空' }]);
  const checks = new FieldChecks();
  const devNo = checks.required(d, 'dev_no', '设备编号dev_no');
  const begn = checks.required(d, 'begndate', '开始日期begndate');
  const end = checks.required(d, 'enddate', '结束日期enddate');
  if (devNo !== '' && devNo !== ctx.env.dev_no) checks.add('dev_no', '设备编号与报文不一致');
  if (begn !== '' && !isIsoDate(begn)) checks.add('begndate', '开始日期格式须为yyyy-MM-dd');
  if (end !== '' && !isIsoDate(end)) checks.add('enddate', '结束日期格式须为yyyy-MM-dd');
  if (isIsoDate(begn) && isIsoDate(end) && end < begn) checks.add('enddate', '结束日期不能早于开始日期');
  const pageNum = Number(d.page_num);
  const pageSize = Number(d.page_size);
  if (!Number.isInteger(pageNum) || pageNum < 1) checks.add('page_num', '页码page_num须为从1开始的整数');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500)
    checks.add('page_size', '每页条数page_size须为1至500的整数');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  settleDueReviews(ctx.db, ctx.now, ctx.review.rejectReason);
  const from = parseLocalDate(begn, ctx.tz) as number;
  const to = (parseLocalDate(end, ctx.tz) as number) + DAY_MS;
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
      list: rows.map((r) => ({
        ref_msgid: r.ref_msgid,
        infno: r.infno,
        trt_dcla_detl_sn: r.trt_dcla_detl_sn,
        certno_mask: maskIdNumber(r.certno),
        acp_stas: r.acp_stas,
        recv_time: isoDateTime(r.recv_time, ctx.tz),
      })),
    },
  };
};
