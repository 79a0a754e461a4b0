import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../db/case-store';
import { CaseDatabaseUnusableError, openCaseDatabase } from '../../../db/open-case-database';
import { openKioskDatabase } from '../../../db/open-kiosk-database';
import { DEV_ADMIN_PIN } from '../../../kiosk/demo/dev-admin-pins';
import { startKiosk } from '../../../kiosk/start-kiosk';
import { filingSubmission } from '../../support/filing-submission';
import { CARD_HOLDER } from '../../support/kiosk-core-parts';
import { filingCase, TEST_KEY } from '../../support/test-cases';
import { demoSettingsIn } from '../../support/demo-settings';

/**
 * A corrupted case database at start (issue 15): the kiosk starts but refuses to take cases (no session, no
 * photo, no submit: 'unavailable' with details.reason 'out-of-service'), says so (app.info for the 暂停服务 home
 * screen, office.health and the log for staff: the path, SQLite's words, that the file is kept), and the file
 * stays byte for byte as it was, beside nothing new.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A kiosk database holding 20 cases, closed (WAL checkpointed into the file). */
function databaseWithCases(dir: string): string {
  const path = join(dir, 'kiosk.sqlite');
  const db = openKioskDatabase(path);
  const store = new CaseStore(db, { key: TEST_KEY, fixmedinsCode: 'H44090200001', countyCode: '440902' });
  for (let i = 0; i < 20; i++) store.submitCase(filingCase(`c${i}`, 1));
  db.close();
  return path;
}

function overwrite(path: string, at: number, length: number): void {
  const bytes = readFileSync(path);
  for (let i = at; i < Math.min(at + length, bytes.length); i++) bytes[i] = (i * 131 + 7) & 0xff;
  writeFileSync(path, bytes);
}

const DAMAGE = {
  'its header overwritten (not a database)': (path: string) => overwrite(path, 0, 100),
  'pages after the first overwritten (malformed)': (path: string) =>
    overwrite(path, 4096, statSync(path).size - 4096),
} as const;

describe('a corrupted case database at start', () => {
  for (const [what, damage] of Object.entries(DAMAGE)) {
    it(`${what}: refused with the reason, the file kept as it is`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'zizhu-corrupt-'));
      dirs.push(dir);
      const path = databaseWithCases(dir);
      damage(path);
      const before = sha(path);
      const files = readdirSync(dir).sort();
      let error: unknown = null;
      try {
        openCaseDatabase(path).close();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CaseDatabaseUnusableError);
      expect(String((error as Error).message)).toContain(path);
      expect(String((error as Error).message)).toContain('kept');
      console.log(`corrupt database (${what}): ${(error as Error).message}`);
      expect(sha(path)).toBe(before);
      // Nothing deleted or put in its place (SQLite may leave an empty -wal/-shm beside it).
      expect(
        readdirSync(dir)
          .filter((f) => !/-(wal|shm)$/.test(f))
          .sort(),
      ).toEqual(files);
    });
  }

  it('an intact database opens and passes the check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-corrupt-'));
    dirs.push(dir);
    const db = openCaseDatabase(databaseWithCases(dir));
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 20 });
    db.close();
  });

  it('the kiosk starts out of service on it: refuses every new case, says why, keeps the file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zizhu-corrupt-kiosk-'));
    dirs.push(dataDir);
    const path = databaseWithCases(dataDir);
    DAMAGE['its header overwritten (not a database)'](path);
    const before = sha(path);
    const { settings } = demoSettingsIn(dataDir, { KIOSK_HOST_PORT: '0' });
    const kiosk = await startKiosk(settings, 'browser-host');
    try {
      const h = kiosk.handlers;
      expect((await h['app.info']({})).outOfService).toEqual({ reason: 'case-database-unusable' });
      const sessionId = randomUUID();
      const refusals = [
        () => h['identity.start']({ sessionId }),
        () => h['photo.accept']({ sessionId, mime: 'image/jpeg', kind: 'camera', image: 'A'.repeat(64) }),
        () =>
          h['case.submit']({
            sessionId,
            submission: filingSubmission(CARD_HOLDER, {
              photoId: 'p1',
              sha256: '0'.repeat(64),
              thumbnail: '',
            }),
            idempotencyKey: randomUUID(),
          }),
      ];
      for (const call of refusals) {
        await expect(call()).rejects.toMatchObject({
          code: 'unavailable',
          details: { reason: 'out-of-service' },
        });
      }
      // Staff see the reason: office.health (back office) and the log (any admin role).
      const unlock = await h['adminGate.unlock']({ role: 'backOffice', pin: DEV_ADMIN_PIN });
      if (!unlock.ok) throw new Error(`unlock failed: ${unlock.reason}`);
      const health = await h['office.health']({ adminToken: unlock.adminToken });
      expect(health.outOfService?.reason).toBe('case-database-unusable');
      expect(health.outOfService?.detail).toContain(path);
      const log = await h['admin.log.read']({ adminToken: unlock.adminToken, minLevel: 'error', limit: 50 });
      expect(log.entries.map((e) => e.msg).join('\n')).toMatch(/out of service, no case is taken: .*kept/);
      console.log(`out of service: ${health.outOfService?.detail}`);
    } finally {
      await kiosk.close();
    }
    expect(sha(path)).toBe(before);
    expect(readdirSync(dataDir).filter((f) => f.startsWith('kiosk.sqlite'))).toEqual(['kiosk.sqlite']);
  });
});
