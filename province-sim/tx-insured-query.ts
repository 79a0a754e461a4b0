import { isoDate } from '../sync/local-time';
import { ERR_NOT_INSURED_FOUND } from '../sync/province-types';
import { FieldChecks } from './field-checks';
import { findByCertno } from './registry';
import { dataOf, refuse, type TxHandler } from './tx-context';

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** 1101 人员信息获取, by ID number (02) or by an ecToken from EC01 (01). */
export const insuredQuery: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return refuse('交易输入data不能为空', [{ field: 'data', reason: '交易输入data不能为空' }]);
  const checks = new FieldChecks();
  const certType = checks.required(d, 'mdtrt_cert_type', '就诊凭证类型mdtrt_cert_type');
  const certNo = checks.required(d, 'mdtrt_cert_no', '就诊凭证编号mdtrt_cert_no');
  checks.required(d, 'psn_cert_type', '人员证件类型psn_cert_type');
  if (certType !== '' && !['01', '02', '03'].includes(certType))
    checks.add('mdtrt_cert_type', '就诊凭证类型不正确');
  if (certType === '03') checks.add('mdtrt_cert_type', '自助终端暂不支持社会保障卡查询');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  let certno = certNo;
  if (certType === '01') {
    const token = ctx.db
      .prepare('SELECT certno, expires_at, used_at FROM ec_tokens WHERE token = ?')
      .get(certNo) as { certno: string; expires_at: number; used_at: number | null } | undefined;
    if (!token || token.used_at !== null || token.expires_at <= ctx.now) {
      return refuse('电子凭证令牌已失效，请重新扫码', [
        { field: 'mdtrt_cert_no', reason: '电子凭证令牌已失效，请重新扫码' },
      ]);
    }
    ctx.db.prepare('UPDATE ec_tokens SET used_at = ? WHERE token = ?').run(ctx.now, certNo);
    certno = token.certno;
  }
  const given = checks.optional(d, 'certno');
  if (given !== '' && given !== certno)
    return refuse('证件号码与就诊凭证不一致', [{ field: 'certno', reason: '证件号码与就诊凭证不一致' }]);
  const person = findByCertno(ctx.db, certno);
  if (!person) return refuse(ERR_NOT_INSURED_FOUND);
  const name = checks.optional(d, 'psn_name');
  if (name !== '' && name !== person.name)
    return refuse('证件号码与姓名不一致', [{ field: 'psn_name', reason: '证件号码与姓名不一致' }]);
  return {
    ok: true,
    output: {
      baseinfo: {
        psn_no: person.psnNo,
        psn_cert_type: person.psnCertType,
        certno: person.certno,
        psn_name: person.name,
        gend: person.gender,
        naty: person.naty,
        brdy: person.birthDate,
        age: ageOn(person.birthDate, isoDate(ctx.now, ctx.tz)),
      },
      insuinfo: person.insurances,
      idetinfo: [],
    },
  };
};
