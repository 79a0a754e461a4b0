import { createHash } from 'node:crypto';
import { compactDateTime, isoDateTime } from '../sync/local-time';
import { FieldChecks } from './field-checks';
import { dataOf, refuse, type TxHandler } from './tx-context';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** 9101 文件上传: one JPEG page, strict base64, ≤ 2 MiB; the file id is usable by this service point only. */
export const uploadFile: TxHandler = (ctx) => {
  const d = dataOf(ctx.env, 'fsUploadIn');
  if (!d)
    return refuse('文件上传信息fsUploadIn不能为空', [
      { field: 'fsUploadIn', reason: '文件上传信息fsUploadIn不能为空' },
    ]);
  const checks = new FieldChecks();
  const content = checks.required(d, 'in', '文件数据in');
  const filename = checks.required(d, 'filename', '文件名filename');
  const code = checks.required(d, 'fixmedins_code', '定点医药机构编号fixmedins_code');
  let bytes: Buffer | null = null;
  if (content !== '') {
    if (!STRICT_BASE64.test(content)) checks.add('in', '文件数据须为标准Base64编码，不含前缀和换行');
    else {
      bytes = Buffer.from(content, 'base64');
      if (bytes.length > MAX_UPLOAD_BYTES) checks.add('in', '文件超过2MiB');
      if (bytes.length < 3 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff)
        checks.add('in', '仅支持JPEG格式文件');
    }
  }
  if (filename !== '') {
    if (filename.length > 200) checks.add('filename', '文件名不能超过200个字符');
    if (!filename.endsWith('.jpg')) checks.add('filename', '文件名须以.jpg结尾');
  }
  if (code !== '' && code !== ctx.env.fixmedins_code)
    checks.add('fixmedins_code', '定点医药机构编号与报文不一致');
  if (!checks.ok || !bytes) return refuse(checks.message, checks.errors);
  const fileQuryNo = `${ctx.admdvs}F${compactDateTime(ctx.now, ctx.tz)}${ctx.serial('file', 10)}`;
  ctx.db
    .prepare(
      'INSERT INTO files (file_qury_no, fixmedins_code, filename, bytes, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(fileQuryNo, code, filename, bytes.length, createHash('sha256').update(bytes).digest('hex'), ctx.now);
  return {
    ok: true,
    output: {
      file_qury_no: fileQuryNo,
      filename,
      dld_endtime: isoDateTime(ctx.now + 30 * 86_400_000, ctx.tz),
    },
  };
};
