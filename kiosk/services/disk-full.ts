/**
 * Whether an error says the disk is full: ENOSPC from a file write, or SQLite's SQLITE_FULL ("database or
 * disk is full", as better-sqlite3 and node:sqlite report it).
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode, message } = error as { code?: unknown; errcode?: unknown; message?: unknown };
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return true;
  // node:sqlite: code ERR_SQLITE_ERROR with the SQLite result code (13 = SQLITE_FULL) in errcode.
  if (errcode === 13) return true;
  return typeof message === 'string' && /database or disk is full|no space left on device/i.test(message);
}
