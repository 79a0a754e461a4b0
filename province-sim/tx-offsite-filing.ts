import { parseLocalDate } from '../sync/local-time';
import { checkAgent, checkAttachments, checkIdentity, localToday, recordCase } from './case-checks';
import { FieldChecks, isAdmdvs, isIsoDate, isMobile } from './field-checks';
import { activeInsurance, findByCertno } from './registry';
import { dataOf, refuse, type TxHandler } from './tx-context';

const FIL_TYPES = new Set(['01', '02', '03', '04', '05']);
const YEAR_MS = 365 * 86_400_000;

/** ZZ02 异地就医备案 (all five kinds). */
export const fileOffsite: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return refuse('交易输入data不能为空', [{ field: 'data', reason: '交易输入data不能为空' }]);
  const checks = new FieldChecks();
  const today = localToday(ctx);
  checkIdentity(checks, d, today);
  const tel = checks.required(d, 'tel', '联系电话tel');
  if (tel !== '' && !isMobile(tel)) checks.add('tel', '联系电话须为11位手机号码');
  const insutype = checks.required(d, 'insutype', '险种类型insutype');
  if (insutype !== '' && insutype !== '310' && insutype !== '390')
    checks.add('insutype', '险种类型须为310或390');
  const filType = checks.required(d, 'fil_type', '备案类型fil_type');
  if (filType !== '' && !FIL_TYPES.has(filType)) checks.add('fil_type', '备案类型不正确');
  checks.required(d, 'insu_addr', '参保地联系地址insu_addr');
  const area = checks.required(d, 'mdtrtarea_admdvs', '就医地区划mdtrtarea_admdvs');
  if (area !== '' && !isAdmdvs(area)) checks.add('mdtrtarea_admdvs', '就医地区划须为6位数字');
  checks.required(d, 'mdtrt_addr', '就医地联系地址mdtrt_addr');
  const begn = checks.required(d, 'begndate', '备案开始日期begndate');
  if (begn !== '' && !isIsoDate(begn)) checks.add('begndate', '备案开始日期格式须为yyyy-MM-dd');
  const end = checks.optional(d, 'enddate');
  if (end !== '' && !isIsoDate(end)) checks.add('enddate', '备案结束日期格式须为yyyy-MM-dd');
  if (end !== '' && begn !== '' && end < begn) checks.add('enddate', '备案结束日期不能早于开始日期');
  if (filType === '05' && end === '') checks.add('enddate', '临时异地就医备案须填写备案结束日期');
  const promise = checks.optional(d, 'promise_flag');
  if (promise !== '' && promise !== '0' && promise !== '1') checks.add('promise_flag', '承诺标志须为0或1');
  if (filType === '04') {
    if (checks.optional(d, 'reflin_medins_name') === '')
      checks.add('reflin_medins_name', '异地转诊备案须填写转往医疗机构');
    if (checks.optional(d, 'refl_rea') === '') checks.add('refl_rea', '异地转诊备案须填写转诊原因');
  }
  if (begn !== '' && isIsoDate(begn)) {
    const begnAt = parseLocalDate(begn, ctx.tz);
    const sixMonthsAgo = new Date(today);
    sixMonthsAgo.setUTCMonth(sixMonthsAgo.getUTCMonth() - 6);
    if (begnAt !== null && begn < sixMonthsAgo.toISOString().slice(0, 10)) {
      checks.add('begndate', '备案开始日期不能早于当前日期6个月以前');
    }
  }
  checkAgent(checks, d, today);
  checkAttachments(ctx, checks, d, promise !== '1');
  if (!checks.ok) return refuse(checks.message, checks.errors);

  const certno = String(d.certno);
  const person = findByCertno(ctx.db, certno);
  if (!activeInsurance(person, insutype)) return refuse('该人员未参保或参保状态异常，不能办理异地就医备案');
  if (filType === '02' || filType === '03') {
    const recent = ctx.db
      .prepare(
        `SELECT COUNT(*) AS n FROM cases WHERE certno = ? AND infno = 'ZZ02' AND fil_type IN ('02', '03')
           AND acp_stas <> '9' AND recv_time > ?`,
      )
      .get(certno, ctx.now - YEAR_MS) as { n: number };
    if (recent.n > 0)
      return refuse('已有异地长期居住或常驻异地工作备案在有效期内，且一年内已变更，暂不能再次变更');
  }
  const acpStas = ctx.review.zz02AcpStas;
  const sn = recordCase(ctx, 'ZZ02', certno, filType, acpStas, d);
  return {
    ok: true,
    output: { trt_dcla_detl_sn: sn, begndate: begn, enddate: end, acp_stas: acpStas },
  };
};
