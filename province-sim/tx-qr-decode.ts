import { randomBytes } from 'node:crypto';
import { ERR_QR_EXPIRED } from '../sync/province-types';
import { FieldChecks } from './field-checks';
import { parseQrText, QR_LIFETIME_MS } from './qr-code';
import { activeInsurance, findByPsnNo } from './registry';
import { dataOf, refuse, type TxHandler } from './tx-context';

/** EC01 电子凭证解码: QR text → person + an ecToken (40 chars, 120 s, single use in 1101). */
export const decodeQr: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return refuse('交易输入data不能为空', [{ field: 'data', reason: '交易输入data不能为空' }]);
  const checks = new FieldChecks();
  const code = checks.required(d, 'ecQrCode', '电子凭证二维码ecQrCode');
  checks.required(d, 'businessType', '用码业务类型businessType');
  checks.required(d, 'deviceType', '设备类型deviceType');
  checks.required(d, 'orgId', '机构编码orgId');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  const qr = parseQrText(code, ctx.qrSecret);
  if (!qr.ok)
    return refuse('二维码无效，请重新出示', [{ field: 'ecQrCode', reason: '二维码无效，请重新出示' }]);
  if (ctx.now - qr.issuedAtMs > QR_LIFETIME_MS || qr.issuedAtMs - ctx.now > 60_000) {
    return refuse(ERR_QR_EXPIRED, [{ field: 'ecQrCode', reason: ERR_QR_EXPIRED }]);
  }
  const person = findByPsnNo(ctx.db, qr.psnNo);
  if (!person) return refuse('未查询到电子凭证信息');
  const ecToken = randomBytes(20).toString('hex');
  ctx.db
    .prepare('INSERT INTO ec_tokens (token, certno, expires_at) VALUES (?, ?, ?)')
    .run(ecToken, person.certno, ctx.now + QR_LIFETIME_MS);
  return {
    ok: true,
    output: {
      idNo: person.certno,
      idType: person.psnCertType,
      userName: person.name,
      gender: person.gender,
      birthday: person.birthDate,
      nationality: 'CHN',
      insuOrg: (activeInsurance(person) ?? person.insurances[0])?.insuplc_admdvs ?? '',
      ecToken,
    },
  };
};
