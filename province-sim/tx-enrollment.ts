import { FieldChecks, isAdmdvs, isIsoDate, isMobile } from './field-checks';
import { checkAgent, checkAttachments, checkIdentity, localToday, recordCase } from './case-checks';
import { activeInsurance, findByCertno, savePerson } from './registry';
import { dataOf, refuse, type TxHandler } from './tx-context';
import { compactDateTime, isoDate } from '../sync/local-time';

/** ZZ01 城乡居民参保登记. Validation reasons all at once; then the business rules of the contract. */
export const enrollResident: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return refuse('交易输入data不能为空', [{ field: 'data', reason: '交易输入data不能为空' }]);
  const checks = new FieldChecks();
  const today = localToday(ctx);
  const gend = checks.required(d, 'gend', '性别gend');
  const brdy = checks.required(d, 'brdy', '出生日期brdy');
  checkIdentity(checks, d, today, { gend, brdy });
  if (gend !== '' && !['1', '2', '9'].includes(gend)) checks.add('gend', '性别代码不正确');
  if (brdy !== '' && !isIsoDate(brdy)) checks.add('brdy', '出生日期格式须为yyyy-MM-dd');
  checks.required(d, 'naty', '民族naty');
  const tel = checks.required(d, 'tel', '联系电话tel');
  if (tel !== '' && !isMobile(tel)) checks.add('tel', '联系电话须为11位手机号码');
  const hsreg = checks.required(d, 'hsreg_admdvs', '户口所在地hsreg_admdvs');
  if (hsreg !== '' && !isAdmdvs(hsreg)) checks.add('hsreg_admdvs', '户口所在地区划须为6位数字');
  checks.required(d, 'hsreg_addr', '户口地址hsreg_addr');
  const insu = checks.required(d, 'insu_admdvs', '参保区划insu_admdvs');
  if (insu !== '' && !isAdmdvs(insu)) checks.add('insu_admdvs', '参保区划须为6位数字');
  if (insu !== '' && ctx.env.insuplc_admdvs !== insu)
    checks.add('insuplc_admdvs', '参保地医保区划须与参保区划一致');
  checks.required(d, 'psn_idet_type', '申请人身份psn_idet_type');
  checks.required(d, 'subs_type', '财政补贴对象subs_type');
  checks.required(d, 'addr', '通讯地址addr');
  const acct = checks.optional(d, 'bank_acct');
  if (acct !== '' && !/^\d{12,30}$/.test(acct)) checks.add('bank_acct', '银行账号须为12至30位数字');
  if (acct !== '' && checks.optional(d, 'bank_name') === '') checks.add('bank_name', '开户银行不能为空');
  if (acct !== '' && checks.optional(d, 'bank_acct_name') === '')
    checks.add('bank_acct_name', '银行户名不能为空');
  checkAgent(checks, d, today);
  checkAttachments(ctx, checks, d, true);
  if (!checks.ok) return refuse(checks.message, checks.errors);

  const certno = String(d.certno);
  const person = findByCertno(ctx.db, certno);
  if (activeInsurance(person, '310')) return refuse('该人员本年度已参加职工基本医疗保险，不能重复参保');
  if (activeInsurance(person, '390')) return refuse('该人员本年度已参加城乡居民基本医疗保险，不能重复参保');

  const acpStas = ctx.review.zz01AcpStas;
  const sn = recordCase(ctx, 'ZZ01', certno, null, acpStas, d);
  const psnNo = person?.psnNo ?? `44${compactDateTime(ctx.now, ctx.tz)}${ctx.serial('psn_no', 4)}`;
  // An enrolled resident is insured from now on (a second ZZ01 is refused; 1101 finds them).
  savePerson(ctx.db, {
    certno,
    psnCertType: String(d.psn_cert_type),
    name: String(d.psn_name),
    gender: gend,
    birthDate: brdy,
    naty: String(d.naty),
    psnNo,
    insurances: [
      ...(person?.insurances ?? []).filter((i) => i.insutype !== '390'),
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '1',
        psn_insu_date: isoDate(ctx.now, ctx.tz),
        paus_insu_date: '',
        insuplc_admdvs: insu,
        emp_name: '',
      },
    ],
  });
  return { ok: true, output: { trt_dcla_detl_sn: sn, psn_no: psnNo, acp_stas: acpStas } };
};
