import { createHash } from 'node:crypto';
import { FieldChecks } from './field-checks';
import { FieldReader } from './field-reader';
import { charCount, isBlank } from './field-rules';
import { compactDateTime, dateTimeText } from './local-time';
import { dataOf, missingNode, refuse, type TxHandler } from './tx-context';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const MAX_FILENAME_CHARS = 200;
const BASE64_ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Strict base64 (RFC 4648 §4): the standard alphabet, padded, no `data:` prefix, no line breaks or spaces,
 * and canonical (re-encoding the bytes gives the same text, so stray bits in the last group are refused).
 */
function decodeStrictBase64(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !BASE64_ALPHABET.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

const isJpeg = (b: Buffer): boolean => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** 9101 文件上传: one JPEG page, ≤ 2 MiB; the file id is usable by the uploading service point only. */
export const uploadFile: TxHandler = (ctx) => {
  const d = dataOf(ctx.env, 'fsUploadIn');
  if (!d) return missingNode('fsUploadIn', '文件上传信息');
  const checks = new FieldChecks();
  const r = new FieldReader(checks, d);
  const content = r.required('in', '文件数据');
  const filename = r.required('filename', '文件名');
  const code = r.required('fixmedins_code', '定点医药机构编号');
  let bytes: Buffer | null = null;
  if (!isBlank(content)) {
    bytes = decodeStrictBase64(content);
    if (!bytes) checks.add('in', '文件数据in须为标准Base64编码，不含data:前缀和换行');
    else if (bytes.length > MAX_UPLOAD_BYTES) checks.add('in', '文件超过2MiB');
    else if (!isJpeg(bytes)) checks.add('in', '仅支持JPEG格式文件');
  }
  if (!isBlank(filename)) {
    if (charCount(filename) > MAX_FILENAME_CHARS) checks.add('filename', '文件名filename不能超过200个字符');
    if (!filename.endsWith('.jpg')) checks.add('filename', '文件名filename须以小写.jpg结尾');
  }
  if (!isBlank(code) && code !== ctx.env.fixmedins_code)
    checks.add('fixmedins_code', '定点医药机构编号fixmedins_code与报文不一致');
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
      dld_endtime: dateTimeText(ctx.now + 30 * 86_400_000, ctx.tz),
    },
  };
};
