import { ERR_NOT_INSURED_FOUND } from './contract-types';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { isBlank } from './field-rules';
import { dateText } from './local-time';
import { findByCertno } from './registry';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Contract: mdtrt_cert_type 01 电子凭证 (mdtrt_cert_no = ecToken) or 02 身份证 (= ID number). */
const MDTRT_CERT_TYPES = new Set(['01', '02']);

/** 1101 人员信息获取, by ID number (02) or by an ecToken from EC01 (01). */
export const insuredQuery: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return missingNode('data', '交易输入');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const certType = r.code('mdtrt_cert_type', '就诊凭证类型', MDTRT_CERT_TYPES);
  const certNo = r.required('mdtrt_cert_no', '就诊凭证编号');
  r.code('psn_cert_type', '人员证件类型', ctx.codes.psn_cert_type);
  const given = r.optional('certno', '证件号码');
  const name = r.optional('psn_name', '人员姓名');
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
  if (!isBlank(given) && given !== certno)
    return refuse('证件号码与就诊凭证不一致', [{ field: 'certno', reason: '证件号码与就诊凭证不一致' }]);
  const person = findByCertno(ctx.db, certno);
  if (!person) return refuse(ERR_NOT_INSURED_FOUND);
  // Names compare exactly as sent and as held: no trimming or re-spacing on either side.
  if (!isBlank(name) && name !== person.name)
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
        age: ageOn(person.birthDate, dateText(ctx.now, ctx.tz)),
      },
      insuinfo: person.insurances,
      idetinfo: [],
    },
  };
};
