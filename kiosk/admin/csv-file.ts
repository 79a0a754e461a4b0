import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { ExportEncoding } from '../../api/admin-contract';

/** One CSV field: quoted when it holds a comma, quote or line break; text starting = + - @ is defused for Excel. */
function field(value: unknown): string {
  let text = '';
  if (typeof value === 'string') text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (value !== null && value !== undefined) text = JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 with a BOM (so Excel opens it as UTF-8), or GB18030 for older Chinese Excel and WPS setups. */
export function encodeCsv(text: string, encoding: ExportEncoding): Buffer {
  return encoding === 'gb18030'
    ? iconv.encode(text, 'gb18030')
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Back from a file: the BOM dropped, GB18030 decoded (tests and the county reconcile command read exports). */
export function decodeCsvBytes(bytes: Buffer, encoding: ExportEncoding): string {
  if (encoding === 'gb18030') return iconv.decode(bytes, 'gb18030');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A minimal RFC 4180 reader for what toCsv writes (quoted fields, CRLF or LF). */
export function parseCsv(text: string): Array<Array<string>> {
  const rows: Array<Array<string>> = [];
  let row: Array<string> = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Writes a file into the chosen folder (a USB drive may be pulled any moment): to a temporary name, fsync,
 * then rename, so the folder holds either the whole file or none. Returns the final path.
 */
export function writeExportFile(folder: string, name: string, bytes: Buffer): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  const temp = `${path}.partial`;
  const fd = openSync(temp, 'w', 0o644);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  return path;
}
