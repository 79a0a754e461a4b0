import { existsSync } from 'node:fs';
import { openKioskDatabase } from './open-kiosk-database';
import type { Db } from './sqlite';

/**
 * The kiosk's case database cannot be used: not a database, or damaged. The kiosk then takes no case at all
 * (a 受理编号 it cannot keep must never be shown), and the file is kept exactly as it is, never deleted,
 * replaced or "repaired" by the kiosk: the cases in it may still be recovered by staff from it or a backup.
 */
export class CaseDatabaseUnusableError extends Error {
  override readonly name = 'CaseDatabaseUnusableError';
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(
      `the case database ${path} cannot be used (${detail}); the file is kept as it is, ` +
        'and this kiosk takes no cases until staff restore or replace it',
    );
  }
}

/** SQLite's words for a file that is not, or no longer, a sound database. */
function isDamage(error: unknown): boolean {
  const { code, errcode, message } = (error ?? {}) as {
    code?: unknown;
    errcode?: unknown;
    message?: unknown;
  };
  // better-sqlite3: SQLITE_NOTADB / SQLITE_CORRUPT[_…]; node:sqlite: errcode 26 / 11.
  if (typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT)/.test(code)) return true;
  if (errcode === 26 || errcode === 11) return true;
  return (
    typeof message === 'string' && /file is not a database|database disk image is malformed/.test(message)
  );
}

/**
 * openKioskDatabase, with a quick_check of an existing file at start (it reads every page once: milliseconds
 * for a kiosk's database, which retention keeps small). A damaged file throws CaseDatabaseUnusableError.
 * Opening does not write to a file SQLite does not recognise; a recognised but damaged one is at its current
 * schema, so no migration writes to it before the check.
 */
export function openCaseDatabase(path: string): Db {
  const existed = existsSync(path);
  let db: Db;
  try {
    db = openKioskDatabase(path);
  } catch (error) {
    if (isDamage(error)) throw new CaseDatabaseUnusableError(path, String((error as Error).message));
    throw error;
  }
  if (!existed) return db;
  let verdict: string;
  try {
    const rows = db.prepare('PRAGMA quick_check').all() as Array<Record<string, unknown>>;
    verdict = rows.map((r) => String(Object.values(r)[0])).join('; ');
  } catch (error) {
    db.close();
    if (isDamage(error)) throw new CaseDatabaseUnusableError(path, String((error as Error).message));
    throw error;
  }
  if (verdict !== 'ok') {
    db.close();
    throw new CaseDatabaseUnusableError(path, `quick_check: ${verdict.slice(0, 300)}`);
  }
  return db;
}
