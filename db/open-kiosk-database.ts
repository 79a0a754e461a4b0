import { KIOSK_MIGRATIONS } from './migrations/index';
import type { SqliteDriver } from './driver/index';
import { openSqlite, type Db } from './sqlite';

/** Largest -wal file left behind after a checkpoint (bytes): SQLite cuts it back to this when it restarts the WAL. */
export const JOURNAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * The kiosk's case database (WAL, synchronous=FULL, foreign keys, migrated). Use ':memory:' only in tests.
 * secure_delete overwrites deleted content with zeros, so purged personal data does not linger in free
 * pages; journal_size_limit keeps the -wal file from staying at its high-water mark.
 * Automatic WAL checkpoints are off: SQLite runs them inside the COMMIT that crosses the threshold, which
 * would put a checkpoint's writes and fsyncs on a resident's 提交 once in every ~100 cases. The sync worker
 * checkpoints instead, after each drain (Outbox.checkpoint), off the resident's path.
 */
export function openKioskDatabase(path: string, driver?: SqliteDriver): Db {
  const db = openSqlite(path, KIOSK_MIGRATIONS, driver);
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('secure_delete = ON');
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
  return db;
}
