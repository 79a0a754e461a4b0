import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_MIGRATIONS } from './migrations/index';
import { openKioskDatabase } from './open-kiosk-database';
import { migrate, openSqlite, schemaVersion } from './sqlite';
import { SQLITE_DRIVERS } from './driver/index';

// The same behaviour on both engines behind db/driver/ (better-sqlite3, node:sqlite).
describe.each(SQLITE_DRIVERS.map((d) => [d.name, d] as const))('%s', (_name, driver) => {
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
      openKioskDatabase(path, driver).close();
      const plain = driver.open(path);
      expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
      // What we would get without openSqlite: better-sqlite3 is built with WAL synchronous=NORMAL (1).
      if (driver.name === 'better-sqlite3') expect(plain.pragma('synchronous', { simple: true })).toBe(1);
      plain.close();
      const db = openKioskDatabase(path, driver);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.close();
    });

    it('records the schema version, runs each migration once, and makes STRICT tables', () => {
      const path = tempDb();
      const db = openKioskDatabase(path, driver);
      expect(schemaVersion(db)).toBe(KIOSK_MIGRATIONS.length);
      expect(() =>
        db.prepare(`INSERT INTO counters (name, period, seq) VALUES ('x', 'not a number', 1)`).run(),
      ).toThrow();
      db.close();
      const again = openKioskDatabase(path, driver);
      expect(schemaVersion(again)).toBe(KIOSK_MIGRATIONS.length);
      again.close();
    });

    it('refuses a database newer than the code and migrations with gaps', () => {
      const path = tempDb();
      const db = openSqlite(
        path,
        [{ version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') }],
        driver,
      );
      db.prepare('UPDATE schema_version SET version = 5').run();
      expect(() => migrate(db, [{ version: 1, name: 'a', up: () => undefined }])).toThrow(/newer/);
      expect(() => migrate(db, [{ version: 2, name: 'b', up: () => undefined }])).toThrow(/without gaps/);
      db.close();
    });

    it('enforces foreign keys', () => {
      const db = openKioskDatabase(':memory:', driver);
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

  describe('the driver interface', () => {
    const withTable = () => {
      const db = driver.open(':memory:');
      db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER) STRICT');
      return db;
    };
    const keys = (db: ReturnType<typeof withTable>) =>
      (db.prepare('SELECT k FROM t ORDER BY k').all() as Array<{ k: string }>).map((r) => r.k);

    it('commits a transaction that returns, and rolls back one that throws', () => {
      const db = withTable();
      const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
      const tx = db.transaction((k: string, v: number) => {
        insert.run(k, v);
        if (v < 0) throw new Error('refused');
        return db.inTransaction;
      });
      expect(tx.immediate('a', 1)).toBe(true);
      expect(() => tx('b', -1)).toThrow('refused');
      expect(db.inTransaction).toBe(false);
      expect(keys(db)).toEqual(['a']);
      db.close();
      expect(db.open).toBe(false);
    });

    it('nests transactions as savepoints: an inner throw caught outside undoes only the inner work', () => {
      const db = withTable();
      const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
      const inner = db.transaction((k: string) => {
        insert.run(k, 0);
        throw new Error('inner');
      });
      db.transaction(() => {
        insert.run('outer', 1);
        expect(() => inner('inner')).toThrow('inner');
        expect(db.inTransaction).toBe(true);
      }).immediate();
      expect(keys(db)).toEqual(['outer']);
      db.close();
    });

    it('refuses an async transaction function and leaves no transaction open', () => {
      const db = withTable();
      const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
      const tx = db.transaction(async () => {
        insert.run('a', 1);
        await Promise.resolve();
      });
      expect(() => tx()).toThrow(/cannot return a promise/);
      expect(db.inTransaction).toBe(false);
      expect(keys(db)).toEqual([]);
      db.close();
    });

    it('binds named parameters, returns undefined for no row, counts changes and iterates', () => {
      const db = withTable();
      const r = db.prepare('INSERT INTO t (k, v) VALUES (@k, @v)').run({ k: 'x', v: 7 });
      expect(Number(r.changes)).toBe(1);
      expect(db.prepare('SELECT v FROM t WHERE k = ?').get('x')).toEqual({ v: 7 });
      expect(db.prepare('SELECT v FROM t WHERE k = ?').get('none')).toBeUndefined();
      expect([...db.prepare('SELECT k FROM t').iterate()]).toEqual([{ k: 'x' }]);
      expect(db.pragma('user_version')).toEqual([{ user_version: 0 }]);
      db.close();
    });

    it('opens read-only when asked: writes are refused', () => {
      const path = tempDb();
      openKioskDatabase(path, driver).close();
      const ro = driver.open(path, { readonly: true });
      expect(ro.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 0 });
      expect(() => ro.exec('DELETE FROM cases')).toThrow(/readonly/i);
      ro.close();
    });
  });
});
