import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../../config/load-settings';
import { CaseStore } from '../../../db/case-store';
import { CaseDatabaseUnusableError, openCaseDatabase } from '../../../db/open-case-database';
import { openKioskDatabase } from '../../../db/open-kiosk-database';
import { startKiosk } from '../../../kiosk/start-kiosk';
import { filingCase, TEST_KEY } from '../../support/test-cases';

/**
 * A corrupted case database at start (issue 15): the kiosk refuses to take cases — it does not start its case
 * path at all, and says why (CaseDatabaseUnusableError: the path, SQLite's words, that the file is kept) — and
 * the file stays byte for byte as it was, beside nothing new.
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

  it('the kiosk does not start its case path on it, and the file is kept', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zizhu-corrupt-kiosk-'));
    dirs.push(dataDir);
    const path = databaseWithCases(dataDir);
    DAMAGE['its header overwritten (not a database)'](path);
    const before = sha(path);
    const configPath = join(dataDir, 'settings.json');
    writeFileSync(
      configPath,
      JSON.stringify({ province: { maintenance: { enabled: false, start: '21:30', end: '00:05' } } }),
    );
    const { settings } = loadSettings({
      KIOSK_MODE: 'demo',
      KIOSK_DATA_DIR: dataDir,
      KIOSK_CONFIG: configPath,
      KIOSK_HOST_PORT: '0',
    });
    await expect(startKiosk(settings, 'browser-host')).rejects.toBeInstanceOf(CaseDatabaseUnusableError);
    expect(sha(path)).toBe(before);
  });
});
