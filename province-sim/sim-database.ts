import Database from 'better-sqlite3';

export type Db = Database.Database;

/** One numbered schema step of the simulator's database; each runs once, in its own transaction. */
export type SimMigration = Readonly<{ version: number; name: string; up: (db: Db) => void }>;

/**
 * Opens the simulator's SQLite file with better-sqlite3. WAL plus synchronous=FULL because what "the
 * province" acknowledged must survive a killed process (the kiosk's crash tests kill it). The schema
 * version lives in a one-row schema_version table, so files made by earlier simulator builds still open.
 */
export function openSimDatabase(path: string, migrations: ReadonlyArray<SimMigration>): Db {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    applyMigrations(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function applyMigrations(db: Db, migrations: ReadonlyArray<SimMigration>): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  if (current > ordered.length)
    throw new Error(`simulator database schema ${current} is newer than this simulator (${ordered.length})`);
  for (const m of ordered.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }).immediate();
  }
}
