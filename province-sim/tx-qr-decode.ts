import { randomBytes } from 'node:crypto';
import { ERR_QR_EXPIRED } from './contract-types';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { parseQrText, QR_LIFETIME_MS } from './qr-code';
import { activeInsurance, findByPsnNo } from './registry';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

// The contract fixes these two for a kiosk: 用码业务类型 01101, 设备类型 SelfService.
const BUSINESS_TYPES = new Set(['01101']);
const DEVICE_TYPES = new Set(['SelfService']);

/** EC01 电子凭证解码: QR text → person + an ecToken (40 chars, 120 s, single use in 1101). */
export const decodeQr: TxHandler = (ctx) => {
  const d = dataOf(ctx.env);
  if (!d) return missingNode('data', '交易输入');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const code = r.required('ecQrCode', '电子凭证二维码');
  r.code('businessType', '用码业务类型', BUSINESS_TYPES);
  r.code('deviceType', '设备类型', DEVICE_TYPES, { maxChars: 20 });
  r.required('orgId', '机构编码');
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
