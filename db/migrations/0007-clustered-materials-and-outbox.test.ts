import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filingCase, TEST_KEY } from '../../tests/support/test-cases';
import { CaseStore } from '../case-store';
import { SQLITE_DRIVERS } from '../driver/index';
import { Outbox } from '../outbox';
import { openSqlite, schemaVersion, type Db } from '../sqlite';
import { KIOSK_MIGRATIONS } from './index';

const dirs: Array<string> = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const store = (db: Db): CaseStore =>
  new CaseStore(db, { key: TEST_KEY, fixmedinsCode: 'H44090200001', countyCode: '440902' });
const rows = (db: Db): unknown => ({
  materials: db.prepare('SELECT * FROM materials ORDER BY case_id, seq').all(),
  outbox: db.prepare('SELECT * FROM outbox ORDER BY msgid').all(),
});

describe.each(SQLITE_DRIVERS.map((d) => [d.name, d] as const))('migration 7 on %s', (_name, driver) => {
  it('keeps every material and outbox row of a version-6 database, now without a rowid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-m7-'));
    dirs.push(dir);
    const path = join(dir, 'kiosk.sqlite');
    const v6 = openSqlite(path, KIOSK_MIGRATIONS.slice(0, 6), driver);
    const s6 = store(v6);
    const first = s6.submitCase(filingCase('a', 2));
    s6.submitCase(filingCase('b', 1));
    v6.prepare(`UPDATE materials SET file_qury_no = 'F1' WHERE case_id = ? AND seq = 0`).run(first.caseId);
    const before = rows(v6);
    v6.close();

    const db = openSqlite(path, KIOSK_MIGRATIONS, driver);
    expect(schemaVersion(db)).toBe(7);
    expect(rows(db)).toEqual(before);
    expect(() => db.prepare('SELECT rowid FROM materials').all()).toThrow(/rowid/);
    expect(() => db.prepare('SELECT rowid FROM outbox').all()).toThrow(/rowid/);
    // Constraints and the foreign keys came along; the worker's view of the case still reads.
    expect(() =>
      db
        .prepare(
          `INSERT INTO outbox (msgid, case_id, kind, state, created_at) VALUES ('m', 'nope', 'submit', 'pending', 0)`,
        )
        .run(),
    ).toThrow();
    expect(new Outbox(db, TEST_KEY).load(first.caseId)?.materials.map((m) => m.fileQuryNo)).toEqual([
      'F1',
      null,
    ]);
    const third = store(db).submitCase(filingCase('c', 1));
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE case_id = ?').get(third.caseId)).toEqual({
      n: 2,
    });
    db.close();
  });
});
