import type { CodeTables } from './contract-codes';
import type { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { isBankAcct, isBlank } from './field-rules';
import { checkDocumentNumber, KINDS_BY_CERT_TYPE } from './id-number';
import { compactDateTime, dateText } from './local-time';
import type { TxContext } from './tx-context';

/** Rules ZZ01 and ZZ02 share: the person's document, the agent (代办人), bank details and attachments. */

/** A document number checked against its 证件类型; returns the number's birth date and gender when valid. */
function checkCertno(
  r: FieldReader,
  field: string,
  certType: string,
  certno: string,
  today: string,
): { birthDate: string | null; gender: string | null } | null {
  if (isBlank(certno)) return null;
  const checked = checkDocumentNumber(certno, today);
  if (!checked.ok) {
    r.add(field, checked.reason);
    return null;
  }
  const kinds = KINDS_BY_CERT_TYPE[certType];
  if (kinds && !kinds.includes(checked.value.kind)) {
    r.add(field, '证件号码与证件类型不一致');
    return null;
  }
  return checked.value;
}

/** psn_cert_type, certno, psn_name; with `gend`/`brdy` given (ZZ01), their agreement with the number. */
export function checkPerson(
  r: FieldReader,
  codes: CodeTables,
  today: string,
  stated: { gend?: string; brdy?: string } = {},
): { certno: string; certType: string; name: string } {
  const certType = r.code('psn_cert_type', '人员证件类型', codes.psn_cert_type);
  const certno = r.required('certno', '证件号码');
  const name = r.name('psn_name', '人员姓名');
  const number = checkCertno(r, 'certno', certType, certno, today);
  if (number?.birthDate && stated.brdy && stated.brdy !== number.birthDate)
    r.add('brdy', '出生日期与证件号码不一致');
  if (number?.gender && stated.gend && stated.gend !== number.gender) r.add('gend', '性别与证件号码不一致');
  return { certno, certType, name };
}

const AGENT_FIELDS = [
  'agnter_name',
  'agnter_cert_type',
  'agnter_certno',
  'agnter_tel',
  'agnter_rlts',
] as const;

/** 代办人: all five fields empty (not acting for another) or all five present and valid. */
export function checkAgent(r: FieldReader, codes: CodeTables, today: string): void {
  const need = { required: AGENT_FIELDS.some((f) => r.filled(f)) };
  r.name('agnter_name', '代办人姓名', need);
  const certType = r.code('agnter_cert_type', '代办人证件类型', codes.agnter_cert_type, need);
  const certno = r.value('agnter_certno', '代办人证件号码', need);
  r.tel('agnter_tel', '代办人联系电话', need);
  r.code('agnter_rlts', '代办人关系', codes.agnter_rlts, need);
  if (need.required) checkCertno(r, 'agnter_certno', certType, certno, today);
}

const BANK_FIELDS = ['bank_acct_name', 'bank_name', 'bank_acct'] as const;

/** Bank details, all or nothing (empty: the contribution is paid through the tax channels). */
export function checkBank(r: FieldReader, codes: CodeTables): void {
  const some = BANK_FIELDS.some((f) => r.filled(f));
  const need = { required: false };
  r.name('bank_acct_name', '银行户名', need);
  r.code('bank_name', '开户银行', codes.bank_name, need);
  const acct = r.optional('bank_acct', '银行账号');
  if (some) {
    if (!r.filled('bank_acct_name'))
      r.add('bank_acct_name', '银行户名bank_acct_name不能为空（银行信息须同时填写或同时为空）');
    if (!r.filled('bank_name'))
      r.add('bank_name', '开户银行bank_name不能为空（银行信息须同时填写或同时为空）');
    if (!r.filled('bank_acct'))
      r.add('bank_acct', '银行账号bank_acct不能为空（银行信息须同时填写或同时为空）');
  }
  if (!isBlank(acct) && !isBankAcct(acct)) r.add('bank_acct', '银行账号bank_acct须为10至30位数字');
}

/** att[]: each a file this service point uploaded, with a 材料类型 from the table. */
export function checkAttachments(
  ctx: TxContext,
  checks: FieldChecks,
  d: Record<string, unknown>,
  required: boolean,
): void {
  const att = d.att;
  if (att === undefined || att === null || (Array.isArray(att) && att.length === 0)) {
    if (required) checks.add('att', '申报材料att不能为空');
    return;
  }
  if (!Array.isArray(att)) {
    checks.add('att', '申报材料att须为数组');
    return;
  }
  const lookup = ctx.db.prepare('SELECT fixmedins_code FROM files WHERE file_qury_no = ?');
  att.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      checks.add(`att[${i}]`, `申报材料att[${i}]须为对象`);
      return;
    }
    const r = new FieldReader(checks, item as Record<string, unknown>, `att[${i}].`);
    r.code('matl_type', '材料类型', ctx.codes.matl_type, { maxChars: 10 });
    const id = r.required('file_qury_no', '文件编号');
    if (isBlank(id)) return;
    const file = lookup.get(id) as { fixmedins_code: string } | undefined;
    if (!file || file.fixmedins_code !== ctx.env.fixmedins_code) r.add('file_qury_no', `文件编号${id}不存在`);
  });
}

/** Records an accepted submission; returns its 受理编号 (区划 6 + yyyyMMdd + 10-digit serial). */
export function recordCase(
  ctx: TxContext,
  infno: 'ZZ01' | 'ZZ02',
  certno: string,
  filType: string | null,
  acpStas: '1' | '2',
  data: Record<string, unknown>,
): string {
  const sn = `${ctx.admdvs}${compactDateTime(ctx.now, ctx.tz).slice(0, 8)}${ctx.serial('case', 10)}`;
  ctx.db
    .prepare(
      `INSERT INTO cases (trt_dcla_detl_sn, ref_msgid, infno, fixmedins_code, dev_no, certno, fil_type, acp_stas,
         decide_at, outcome, recv_time, upd_time, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      sn,
      ctx.env.msgid,
      infno,
      ctx.env.fixmedins_code,
      ctx.env.dev_no,
      certno,
      filType,
      acpStas,
      acpStas === '2' ? ctx.now + ctx.review.delayMs : null,
      acpStas === '2' ? ctx.review.outcome : null,
      ctx.now,
      ctx.now,
      JSON.stringify(data),
    );
  return sn;
}

/** The simulated local date, yyyy-MM-dd. */
export function localToday(ctx: TxContext): string {
  return dateText(ctx.now, ctx.tz);
}
