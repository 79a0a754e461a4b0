import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskContract } from '../api/contract';
import type { KioskHandlers } from '../api/kiosk-api';
import { KioskApiError } from '../api/result';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { openCaseDatabaseOrStandIn, refuseNewCases, type OutOfService } from './out-of-service';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'zizhu-oos-'));
  dirs.push(d);
  return d;
};
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a kiosk whose case database cannot be used', () => {
  it('gets an empty stand-in and the reason, and the file stays as it was', () => {
    const path = join(tempDir(), 'kiosk.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 0x5a));
    const before = sha(path);
    const { db, outOfService } = openCaseDatabaseOrStandIn(path);
    expect(outOfService?.reason).toBe('case-database-unusable');
    expect(outOfService?.detail).toContain(path);
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 0 });
    db.close();
    expect(sha(path)).toBe(before);
  });

  it('a sound database, or a new one, opens as itself with no reason', () => {
    const path = join(tempDir(), 'kiosk.sqlite');
    openKioskDatabase(path).close();
    const opened = openCaseDatabaseOrStandIn(path);
    expect(opened.outOfService).toBeNull();
    opened.db.close();
    const fresh = openCaseDatabaseOrStandIn(join(tempDir(), 'new.sqlite'));
    expect(fresh.outOfService).toBeNull();
    fresh.db.close();
  });

  it('refuses to start a session, take a photo or submit, and says why in app.info and office.health', async () => {
    const calls: string[] = [];
    const base = Object.fromEntries(
      Object.keys(kioskContract).map((method) => [
        method,
        async () => {
          calls.push(method);
          if (method === 'office.health') return { queued: 0 };
          return method === 'app.info' ? { mode: 'demo' } : {};
        },
      ]),
    ) as unknown as KioskHandlers;
    const why: OutOfService = {
      reason: 'case-database-unusable',
      detail: '/data/kiosk.sqlite: file is not a database',
    };
    const h = refuseNewCases(base, why);
    for (const method of ['identity.start', 'photo.accept', 'case.submit'] as const) {
      const error = await (h[method] as (a: unknown) => Promise<unknown>)({}).catch((e: unknown) => e);
      expect(error, method).toBeInstanceOf(KioskApiError);
      expect((error as KioskApiError).code).toBe('unavailable');
      expect((error as KioskApiError).details).toEqual({ reason: 'out-of-service' });
    }
    expect(calls).toEqual([]);
    expect(await h['app.info']({})).toEqual({
      mode: 'demo',
      outOfService: { reason: 'case-database-unusable' },
    });
    expect(await h['office.health']({ adminToken: 't'.repeat(43) })).toEqual({
      queued: 0,
      outOfService: why,
    });
    await h['session.end']({ sessionId: 's', reason: 'home' });
    expect(calls).toEqual(['app.info', 'office.health', 'session.end']);
  });
});
