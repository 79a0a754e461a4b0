import { describe, expect, it } from 'vitest';
import { KIOSK_MIGRATIONS } from '../../db/migrations';
import type { SqlValue } from '../../db/driver/sqlite-driver';
import { openSqlite } from '../../db/sqlite';
import { AuditLog } from './audit-log';

function logWithRows(n: number) {
  const db = openSqlite(':memory:', KIOSK_MIGRATIONS);
  let t = 1_000;
  const log = new AuditLog(db, () => t++);
  for (let i = 1; i <= n; i++)
    log.append({
      role: 'backOffice',
      action: 'office.resend',
      target: `case-${i}`,
      after: { note: `n${i}` },
    });
  return { db, log };
}

/** What someone with the database file could do: the append-only triggers do not stop them. */
function tamper(db: ReturnType<typeof openSqlite>, sql: string, ...args: SqlValue[]) {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.prepare(sql).run(...args);
}

describe('audit log', () => {
  it('is intact as written, and refuses UPDATE and DELETE through SQLite', () => {
    const { db, log } = logWithRows(4);
    expect(log.verify()).toEqual({ intact: true, rows: 4, problem: null });
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET target = 'x' WHERE id = 2").run()).toThrow(/append-only/);
  });

  it('detects a row deleted from the middle', () => {
    const { db, log } = logWithRows(4);
    tamper(db, 'DELETE FROM audit_log WHERE id = 2');
    expect(log.verify()).toMatchObject({ intact: false, problem: expect.stringContaining('row 3') });
  });

  it('detects the newest row deleted', () => {
    const { db, log } = logWithRows(4);
    tamper(db, 'DELETE FROM audit_log WHERE id = 4');
    expect(log.verify()).toMatchObject({ intact: false, problem: expect.stringContaining('after 3') });
  });

  it('detects an edited row', () => {
    const { db, log } = logWithRows(3);
    tamper(db, "UPDATE audit_log SET role = 'technician' WHERE id = 2");
    expect(log.verify()).toMatchObject({ intact: false, problem: 'row 2 was changed' });
  });

  it('keeps secrets and personal data out of before/after', () => {
    const { log } = logWithRows(0);
    log.append({
      role: 'technician',
      action: 'tech.secrets.replace',
      target: 'province',
      before: { paasToken: 'old-token' },
      after: { paasToken: 'new-token', certno: '440981195803150427' },
    });
    const [row] = log.list(1);
    expect(JSON.stringify(row)).not.toMatch(/old-token|new-token|440981195803150427/);
    expect(log.verify().intact).toBe(true);
  });
});
