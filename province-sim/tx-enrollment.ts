import { checkAgent, checkAttachments, checkBank, checkPerson, localToday, recordCase } from './case-checks';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { isBlank } from './field-rules';
import { compactDateTime, dateText } from './local-time';
import { activeInsurance, findByCertno, savePerson } from './registry';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

/** ZZ01 城乡居民参保登记: every field rule at once, then the business rules of the contract. */
export const enrollResident: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return missingNode('data', '交易输入');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const today = localToday(ctx);
  const codes = ctx.codes;
  const gend = r.code('gend', '性别', codes.gend);
  const brdy = r.date('brdy', '出生日期');
  // A gend or brdy already refused is not compared with the number as well (one reason per problem).
  const person = checkPerson(r, codes, today, {
    gend: checks.has('gend') ? '' : gend,
    brdy: checks.has('brdy') ? '' : brdy,
  });
  r.code('naty', '民族', codes.naty);
  r.tel('tel', '联系电话');
  r.admdvs('hsreg_admdvs', '户口所在地');
  r.address('hsreg_addr', '户口地址');
  const insu = r.admdvs('insu_admdvs', '参保区划');
  // The envelope names the 参保地 of the message; for an enrollment it is the one being applied for.
  if (!isBlank(insu) && ctx.env.insuplc_admdvs !== insu)
    checks.add('insuplc_admdvs', '报文参保地医保区划insuplc_admdvs须与参保区划insu_admdvs一致');
  r.code('psn_idet_type', '申请人身份', codes.psn_idet_type);
  r.code('subs_type', '财政补贴对象', codes.subs_type);
  r.address('addr', '通讯地址');
  checkBank(r, codes);
  checkAgent(r, codes, today);
  checkAttachments(ctx, checks, d, true);
  if (!checks.ok) return refuse(checks.message, checks.errors);

  const held = findByCertno(ctx.db, person.certno);
  if (activeInsurance(held, '310')) return refuse('该人员本年度已参加职工基本医疗保险，不能重复参保');
  if (activeInsurance(held, '390')) return refuse('该人员本年度已参加城乡居民基本医疗保险，不能重复参保');

  const acpStas = ctx.review.zz01AcpStas;
  const sn = recordCase(ctx, 'ZZ01', person.certno, null, acpStas, d);
  const psnNo = held?.psnNo ?? `44${compactDateTime(ctx.now, ctx.tz)}${ctx.serial('psn_no', 4)}`;
  // An enrolled resident is insured from now on (a second ZZ01 is refused; 1101 finds them, with the
  // name exactly as it was sent).
  savePerson(ctx.db, {
    certno: person.certno,
    psnCertType: person.certType,
    name: person.name,
    gender: gend,
    birthDate: brdy,
    naty: String(d.naty),
    psnNo,
    insurances: [
      ...(held?.insurances ?? []).filter((i) => i.insutype !== '390'),
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '1',
        psn_insu_date: dateText(ctx.now, ctx.tz),
        paus_insu_date: '',
        insuplc_admdvs: insu,
        emp_name: '',
      },
    ],
  });
  return { ok: true, output: { trt_dcla_detl_sn: sn, psn_no: psnNo, acp_stas: acpStas } };
};
