import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { compactDateTime, dateTimeText, localMidnightAfter } from './local-time';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

/** 9001 签到: a sign_no (区划 6 + yyyyMMddHHmmss + 10-digit serial) valid until local midnight. */
export const signIn: TxHandler = (ctx) => {
  const d = dataOf(ctx.env, 'signIn');
  if (!d) return missingNode('signIn', '签到信息');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  r.required('opter_no', '操作员编号');
  r.required('ip', '签到IP地址');
  if (!checks.ok) return refuse(checks.message, checks.errors);
  const signNo = `${ctx.admdvs}${compactDateTime(ctx.now, ctx.tz)}${ctx.serial('sign_no', 10)}`;
  ctx.db
    .prepare('INSERT INTO sign_ins (sign_no, fixmedins_code, dev_no, valid_until) VALUES (?, ?, ?, ?)')
    .run(signNo, ctx.env.fixmedins_code, ctx.env.dev_no, localMidnightAfter(ctx.now, ctx.tz));
  return { ok: true, output: { signinoutb: { sign_time: dateTimeText(ctx.now, ctx.tz), sign_no: signNo } } };
};

/** Whether a sign_no is valid for this service point right now. */
export function signInValid(
  ctx: Pick<Parameters<TxHandler>[0], 'db' | 'now'>,
  signNo: string,
  fixmedinsCode: string,
): boolean {
  if (!signNo) return false;
  const row = ctx.db
    .prepare('SELECT fixmedins_code, valid_until FROM sign_ins WHERE sign_no = ?')
    .get(signNo) as { fixmedins_code: string; valid_until: number } | undefined;
  return !!row && row.fixmedins_code === fixmedinsCode && ctx.now < row.valid_until;
}
