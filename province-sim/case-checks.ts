import { parseIdNumber } from '../domain/id-number';
import { compactDateTime } from '../sync/local-time';
import { type FieldChecks, isMobile, PSN_CERT_TYPES } from './field-checks';
import type { TxContext } from './tx-context';

/** Rules ZZ01 and ZZ02 share: the person's document, the agent (代办人) and the attached files. */

/** Document types whose number carries the GB 11643 check digit and birth date. */
const CHECKED_TYPES = new Set(['01', '17', '07']);

export function checkIdentity(
  checks: FieldChecks,
  d: Record<string, unknown>,
  today: Date,
  opts: { gend?: string; brdy?: string } = {},
): void {
  const type = checks.required(d, 'psn_cert_type', '人员证件类型psn_cert_type');
  const certno = checks.required(d, 'certno', '证件号码certno');
  checks.required(d, 'psn_name', '人员姓名psn_name');
  if (type !== '' && !PSN_CERT_TYPES.has(type)) checks.add('psn_cert_type', '人员证件类型不正确');
  if (certno === '' || !CHECKED_TYPES.has(type)) return;
  const parsed = parseIdNumber(certno, today);
  if (!parsed.ok) {
    checks.add('certno', parsed.problem === 'checksum' ? '证件号码校验位错误' : '证件号码格式不正确');
    return;
  }
  if (opts.brdy && parsed.value.birthDate && opts.brdy !== parsed.value.birthDate) {
    checks.add('brdy', '出生日期与证件号码不一致');
  }
  if (opts.gend && parsed.value.gender && opts.gend !== parsed.value.gender)
    checks.add('gend', '性别与证件号码不一致');
}

/** 代办人: all or nothing; when present, a valid document number and mobile number. */
export function checkAgent(checks: FieldChecks, d: Record<string, unknown>, today: Date): void {
  const name = checks.optional(d, 'agnter_name');
  const fields = ['agnter_cert_type', 'agnter_certno', 'agnter_tel', 'agnter_rlts'] as const;
  if (name === '') {
    if (fields.some((f) => checks.optional(d, f) !== '')) checks.add('agnter_name', '代办人姓名不能为空');
    return;
  }
  const type = checks.required(d, 'agnter_cert_type', '代办人证件类型agnter_cert_type');
  const certno = checks.required(d, 'agnter_certno', '代办人证件号码agnter_certno');
  const tel = checks.required(d, 'agnter_tel', '代办人联系电话agnter_tel');
  checks.required(d, 'agnter_rlts', '代办人关系agnter_rlts');
  if (certno !== '' && CHECKED_TYPES.has(type) && !parseIdNumber(certno, today).ok)
    checks.add('agnter_certno', '代办人证件号码不正确');
  if (tel !== '' && !isMobile(tel)) checks.add('agnter_tel', '代办人联系电话须为11位手机号码');
}

/** att[]: each a file this service point uploaded. Returns false when att is missing or malformed. */
export function checkAttachments(
  ctx: TxContext,
  checks: FieldChecks,
  d: Record<string, unknown>,
  required: boolean,
): void {
  const att = d.att;
  if (att === undefined || (Array.isArray(att) && att.length === 0)) {
    if (required) checks.add('att', '申报材料att不能为空');
    return;
  }
  if (!Array.isArray(att)) {
    checks.add('att', '申报材料att格式不正确');
    return;
  }
  att.forEach((a: unknown, i) => {
    const item = typeof a === 'object' && a !== null ? (a as Record<string, unknown>) : {};
    const id = typeof item.file_qury_no === 'string' ? item.file_qury_no : '';
    if (typeof item.matl_type !== 'string' || item.matl_type === '')
      checks.add(`att[${i}].matl_type`, '材料类型matl_type不能为空');
    if (id === '') {
      checks.add(`att[${i}].file_qury_no`, '文件编号file_qury_no不能为空');
      return;
    }
    const file = ctx.db.prepare('SELECT fixmedins_code FROM files WHERE file_qury_no = ?').get(id) as
      { fixmedins_code: string } | undefined;
    if (!file || file.fixmedins_code !== ctx.env.fixmedins_code)
      checks.add(`att[${i}].file_qury_no`, `文件编号${id}不存在`);
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

/** The simulated "today" as a Date whose UTC fields are the local date (for parseIdNumber's upper bound). */
export function localToday(ctx: TxContext): Date {
  return new Date(ctx.now + ctx.tz * 60_000);
}
