import type { RequestEnvelope } from './contract-types';
import { FieldChecks } from './field-checks';
import { charCount, isAdmdvs, isBlank, MAX_NAME_CHARS } from './field-rules';

const INFNOS = new Set(['9001', '1101', '9101', 'EC01', 'ZZ01', 'ZZ02', 'ZZ03', 'ZZ04']);
const STRING_FIELDS = [
  'infno',
  'msgid',
  'mdtrtarea_admvs',
  'insuplc_admdvs',
  'recer_sys_code',
  'dev_no',
  'dev_safe_info',
  'cainfo',
  'signtype',
  'infver',
  'opter_type',
  'opter',
  'opter_name',
  'inf_time',
  'fixmedins_code',
  'fixmedins_name',
  'sign_no',
] as const;

/**
 * The envelope rules the province checks (contract § Request envelope and "Envelope details"). Returns the
 * envelope when every rule holds, else every problem at once.
 */
export function checkEnvelope(
  parsed: unknown,
): { ok: true; env: RequestEnvelope } | { ok: false; checks: FieldChecks } {
  const checks = new FieldChecks();
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    checks.add('envelope', '报文须为JSON对象');
    return { ok: false, checks };
  }
  const e = parsed as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (typeof e[f] !== 'string') checks.add(f, `${f}缺失或类型错误`);
  if (typeof e.input !== 'object' || e.input === null || Array.isArray(e.input))
    checks.add('input', '交易输入input须为对象');
  if (!checks.ok) return { ok: false, checks };
  const env = e as unknown as RequestEnvelope;
  if (!INFNOS.has(env.infno)) checks.add('infno', '交易编号infno不存在');
  if (charCount(env.fixmedins_code) !== 12) checks.add('fixmedins_code', '定点医药机构编号须为12位');
  if (charCount(env.msgid) !== 30 || !/^\d{18}$/.test(env.msgid.slice(12)))
    checks.add('msgid', '报文ID msgid须为30位（机构编号12位+时间14位+顺序号4位）');
  if (env.msgid.slice(0, 12) !== env.fixmedins_code)
    checks.add('msgid', '报文ID msgid前12位须与定点医药机构编号一致');
  if (!isAdmdvs(env.mdtrtarea_admvs)) checks.add('mdtrtarea_admvs', '就医地医保区划须为6位数字');
  if (env.insuplc_admdvs !== '' && !isAdmdvs(env.insuplc_admdvs))
    checks.add('insuplc_admdvs', '参保地医保区划须为6位数字');
  if (env.recer_sys_code !== 'YBXT') checks.add('recer_sys_code', '接收方系统代码须为YBXT');
  if (isBlank(env.dev_no)) checks.add('dev_no', '设备编号不能为空');
  if (env.dev_safe_info !== '') checks.add('dev_safe_info', '设备安全信息须为空');
  if (env.signtype !== 'SM2') checks.add('signtype', '签名类型须为SM2');
  if (env.infver !== 'V1.0') checks.add('infver', '接口版本号须为V1.0');
  // A kiosk is 自助终端 (2); a message from a kiosk's gateway client claiming another operator kind is wrong.
  if (env.opter_type !== '2') checks.add('opter_type', '经办人类别opter_type须为2（自助终端）');
  if (env.opter !== env.dev_no) checks.add('opter', '经办人须与设备编号一致');
  if (isBlank(env.opter_name)) checks.add('opter_name', '经办人姓名不能为空');
  else if (charCount(env.opter_name) > MAX_NAME_CHARS) checks.add('opter_name', '经办人姓名不能超过50个字符');
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(env.inf_time))
    checks.add('inf_time', '交易时间格式须为yyyy-MM-dd HH:mm:ss');
  if (isBlank(env.fixmedins_name)) checks.add('fixmedins_name', '定点医药机构名称不能为空');
  else if (charCount(env.fixmedins_name) > 200)
    checks.add('fixmedins_name', '定点医药机构名称不能超过200个字符');
  if (!/^[0-9a-fA-F]{128}$/.test(env.cainfo)) checks.add('cainfo', '数字签名cainfo格式不正确');
  return checks.ok ? { ok: true, env } : { ok: false, checks };
}
