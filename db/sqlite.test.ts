import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_MIGRATIONS } from './migrations/index';
import { openKioskDatabase } from './open-kiosk-database';
import { migrate, openSqlite, schemaVersion } from './sqlite';

const dirs: Array<string> = [];
const tempDb = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'zizhu-db-'));
  dirs.push(d);
  return join(d, 'kiosk.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openSqlite', () => {
  it('sets WAL and synchronous=FULL on every open (better-sqlite3 defaults to NORMAL in WAL)', () => {
    const path = tempDb();
    openKioskDatabase(path).close();
    const plain = new Database(path);
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(plain.pragma('synchronous', { simple: true })).toBe(1); // what we would get without openSqlite
    plain.close();
    const db = openKioskDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('records the schema version, runs each migration once, and makes STRICT tables', () => {
    const path = tempDb();
    const db = openKioskDatabase(path);
    expect(schemaVersion(db)).toBe(KIOSK_MIGRATIONS.length);
    expect(() =>
      db.prepare(`INSERT INTO counters (name, period, seq) VALUES ('x', 'not a number', 1)`).run(),
    ).toThrow();
    db.close();
    const again = openKioskDatabase(path);
    expect(schemaVersion(again)).toBe(KIOSK_MIGRATIONS.length);
    again.close();
  });

  it('refuses a database newer than the code and migrations with gaps', () => {
    const path = tempDb();
    const db = openSqlite(path, [
      { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
    ]);
    db.prepare('UPDATE schema_version SET version = 5').run();
    expect(() => migrate(db, [{ version: 1, name: 'a', up: () => undefined }])).toThrow(/newer/);
    expect(() => migrate(db, [{ version: 2, name: 'b', up: () => undefined }])).toThrow(/without gaps/);
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openKioskDatabase(':memory:');
    expect(() =>
      db
        .prepare(
          `INSERT INTO outbox (msgid, case_id, kind, state, created_at) VALUES ('m', 'nope', 'submit', 'pending', 0)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
