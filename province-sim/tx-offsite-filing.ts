import { checkAgent, checkAttachments, checkPerson, localToday, recordCase } from './case-checks';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { cityOf, isAdmdvs, isBlank, isDateText } from './field-rules';
import { dateMonthsBefore } from './local-time';
import { activeInsurance, findByCertno } from './registry';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

const YEAR_MS = 365 * 86_400_000;
const LONG_STAY_TYPES = new Set(['02', '03']);

/**
 * ZZ02 异地就医备案 (all five kinds). Field rules all at once; the 参保地 checks need the person's insurance
 * as the province holds it, so they join the field rules when the person is insured, and "not insured" is a
 * business refusal after the fields are right.
 */
export const fileOffsite: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return missingNode('data', '交易输入');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const today = localToday(ctx);
  const codes = ctx.codes;
  const person = checkPerson(r, codes, today);
  r.tel('tel', '联系电话');
  const insutype = r.code('insutype', '险种类型', codes.insutype);
  const filType = r.code('fil_type', '备案类型', codes.fil_type);
  r.address('insu_addr', '参保地联系地址');
  const area = r.admdvs('mdtrtarea_admdvs', '转往就医地');
  r.address('mdtrt_addr', '就医地联系地址');
  const begn = r.date('begndate', '备案开始日期');
  const end = r.date('enddate', '备案结束日期', { required: filType === '05' });
  if (isDateText(begn) && isDateText(end) && end < begn)
    checks.add('enddate', '备案结束日期enddate不能早于开始日期');
  if (isDateText(begn) && begn < dateMonthsBefore(ctx.now, 6, ctx.tz))
    checks.add('begndate', '备案开始日期begndate不能早于6个月以前');
  const referral = filType === '04';
  r.name('reflin_medins_name', '转往医疗机构', { required: referral });
  r.longText('refl_rea', '转诊原因', { required: referral });
  const promise = r.code('promise_flag', '承诺标志', codes.promise_flag, { required: false });
  r.longText('memo', '备注');
  checkAgent(r, codes, today);
  checkAttachments(ctx, checks, d, promise !== '1');

  // Someone not insured has no 参保地 to compare with: they get the business refusal below instead.
  const envInsuplc = ctx.env.insuplc_admdvs;
  const held = checks.has('certno') ? null : findByCertno(ctx.db, person.certno);
  const insurance = checks.has('insutype') ? null : activeInsurance(held, insutype);
  if (insurance) {
    const home = insurance.insuplc_admdvs;
    if (isBlank(envInsuplc))
      checks.add(
        'insuplc_admdvs',
        '报文参保地医保区划insuplc_admdvs不能为空（异地就医备案须先查询参保信息）',
      );
    else if (envInsuplc !== home)
      checks.add('insuplc_admdvs', `报文参保地医保区划insuplc_admdvs与该人员参保地${home}不一致`);
    if (isAdmdvs(area) && cityOf(area) === cityOf(home))
      checks.add('mdtrtarea_admdvs', '转往就医地mdtrtarea_admdvs须在参保地所在城市以外');
  }
  if (!checks.ok) return refuse(checks.message, checks.errors);
  if (!insurance) return refuse('该人员未参保或参保状态异常，不能办理异地就医备案');

  if (LONG_STAY_TYPES.has(filType)) {
    const recent = ctx.db
      .prepare(
        `SELECT COUNT(*) AS n FROM cases WHERE certno = ? AND infno = 'ZZ02' AND fil_type IN ('02', '03')
           AND acp_stas <> '9' AND recv_time > ?`,
      )
      .get(person.certno, ctx.now - YEAR_MS) as { n: number };
    if (recent.n > 0)
      return refuse('已有异地长期居住或常驻异地工作备案在有效期内，且一年内已变更，暂不能再次变更');
  }
  const acpStas = ctx.review.zz02AcpStas;
  const sn = recordCase(ctx, 'ZZ02', person.certno, filType, acpStas, d);
  return { ok: true, output: { trt_dcla_detl_sn: sn, begndate: begn, enddate: end, acp_stas: acpStas } };
};
