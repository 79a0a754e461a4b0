import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdminCaller } from '../../api/admin-gate';
import { KIOSK_MIGRATIONS } from '../../db/migrations';
import { openSqlite } from '../../db/sqlite';
import { createAdminCoreHandlers } from './admin-handlers';
import { AdminLockout } from './admin-lockout';
import { AdminSessions } from './admin-sessions';
import { AuditLog } from './audit-log';
import { decodeCsvBytes, parseCsv } from './csv-file';

const caller: AdminCaller = { role: 'technician', adminSessionId: 's1' };

describe('admin.audit.export', () => {
  it('writes the whole audit log as CSV that reads back equal, in UTF-8 with BOM and in GB18030', async () => {
    const db = openSqlite(':memory:', KIOSK_MIGRATIONS);
    const audit = new AuditLog(db);
    audit.append({
      role: 'backOffice',
      action: 'office.resolve',
      target: '440106-261201-0001',
      after: { note: '居民放弃，"已电话确认"' },
    });
    audit.append({
      role: 'technician',
      action: 'tech.settings.save',
      target: 'devices.idcard.port',
      before: '/dev/ttyUSB0',
      after: '=cmd',
    });
    const sessions = new AdminSessions({ pinHashes: {}, lockout: new AdminLockout(db), idleSeconds: 60 });
    const handlers = createAdminCoreHandlers({ sessions, audit, logs: null });
    for (const encoding of ['utf8-bom', 'gb18030'] as const) {
      const folder = mkdtempSync(join(tmpdir(), 'zz-audit-export-'));
      const { path, rows } = await handlers['admin.audit.export'](
        { adminToken: 'x', folder, encoding },
        caller,
      );
      expect(rows).toBe(encoding === 'utf8-bom' ? 2 : 3); // the first export is itself audited
      const bytes = readFileSync(path);
      expect(bytes[0] === 0xef).toBe(encoding === 'utf8-bom');
      const table = parseCsv(decodeCsvBytes(bytes, encoding));
      expect(table[0]).toEqual(['id', 'time', 'role', 'action', 'target', 'before', 'after']);
      expect(table[1]?.slice(2, 5)).toEqual(['backOffice', 'office.resolve', '440106-261201-0001']);
      expect(JSON.parse(table[1]?.[6] ?? '')).toEqual({ note: '居民放弃，"已电话确认"' });
      expect(JSON.parse(table[2]?.[5] ?? '')).toBe('/dev/ttyUSB0');
    }
    expect(audit.verify().intact).toBe(true);
  });
});

describe('CSV fields', () => {
  it('defuses text Excel would run as a formula and quotes what needs quoting', async () => {
    const { toCsv } = await import('./csv-file');
    expect(toCsv([['=SUM(A1)', '+1', 'a,b', 'say "hi"', 42, null]])).toBe(
      `'=SUM(A1),'+1,"a,b","say ""hi""",42,\r\n`,
    );
  });
});
