import { DEFAULT_SQLITE_DRIVER, type SqliteDatabase, type SqliteDriver } from './driver/index';

/** A connection, whichever engine opened it (db/driver/). */
export type Db = SqliteDatabase;

/** One numbered schema step (db/migrations/NNNN-name.ts). Each runs once, in its own transaction. */
export type Migration = Readonly<{ version: number; name: string; up: (db: Db) => void }>;

/**
 * Opens a SQLite database the way every connection in this project must be opened: WAL, and
 * synchronous=FULL set explicitly on EVERY open — better-sqlite3 is compiled with
 * SQLITE_DEFAULT_WAL_SYNCHRONOUS=1 (NORMAL), under which a commit acknowledged to a resident can vanish on
 * power loss (engineering.md §5.3), and no engine's default is to be trusted. Foreign keys are
 * per-connection in SQLite, so they are switched on here too.
 */
export function openSqlite(
  path: string,
  migrations: ReadonlyArray<Migration>,
  driver: SqliteDriver = DEFAULT_SQLITE_DRIVER,
): Db {
  const db = driver.open(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/** Applies the migrations above the stored schema_version, in order; refuses a database newer than the code. */
export function migrate(db: Db, migrations: ReadonlyArray<Migration>): void {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migrations must be numbered 1..n without gaps (found ${m.version} at ${i + 1})`);
  });
  const current = schemaVersion(db);
  if (current > sorted.length) {
    throw new Error(`database schema ${current} is newer than this build knows (${sorted.length})`);
  }
  for (const m of sorted.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }).immediate();
  }
}
