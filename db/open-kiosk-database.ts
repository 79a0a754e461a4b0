import { KIOSK_MIGRATIONS } from './migrations/index';
import { openSqlite, type Db } from './sqlite';

/**
 * The kiosk's case database (WAL, synchronous=FULL, foreign keys, migrated). Use ':memory:' only in tests.
 * Automatic WAL checkpoints are off: SQLite runs them inside the COMMIT that crosses the threshold, which
 * would put a checkpoint's writes and fsyncs on a resident's 提交 once in every ~100 cases. The sync worker
 * checkpoints instead, after each drain (Outbox.checkpoint), off the resident's path.
 */
export function openKioskDatabase(path: string): Db {
  const db = openSqlite(path, KIOSK_MIGRATIONS);
  db.pragma('wal_autocheckpoint = 0');
  return db;
}
