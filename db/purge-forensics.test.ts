import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { PhotoVault } from '../media/photo-vault';
import { CaseStore } from './case-store';
import { openKioskDatabase } from './open-kiosk-database';
import { Outbox } from './outbox';
import { purgeExpired } from './retention';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import { SQLITE_DRIVERS } from './driver/index';

// The same behaviour on both engines behind db/driver/ (better-sqlite3, node:sqlite).
describe.each(SQLITE_DRIVERS.map((d) => [d.name, d] as const))('%s', (_name, driver) => {
  /**
   * Forensics after retention: the bytes on disk — the database file, its -wal file and the photo folder —
   * must hold none of the resident's name, ID number, phone or address, in UTF-8 or UTF-16.
   */
  const RESIDENT = {
    name: '陈秀英',
    certno: '440981195803150427',
    tel: '13800138000',
    address: '广东省茂名市高州市某村1号',
  };

  const dirs: Array<string> = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A real JPEG whose comment segment carries the resident's name and number, as a photo of a card would. */
  async function jpegMentioningResident(): Promise<Buffer> {
    const base = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0c0c0' } })
      .jpeg()
      .toBuffer();
    const text = Buffer.from(`${RESIDENT.name} ${RESIDENT.certno} ${RESIDENT.address}`, 'utf8');
    const com = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from([(text.length + 2) >> 8, (text.length + 2) & 0xff]),
      text,
    ]);
    return Buffer.concat([base.subarray(0, 2), com, base.subarray(2)]);
  }

  function filesUnder(dir: string): Array<string> {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
    );
  }

  function leaks(bytes: Buffer): Array<string> {
    return Object.entries(RESIDENT)
      .filter(([, v]) => bytes.includes(Buffer.from(v, 'utf8')) || bytes.includes(Buffer.from(v, 'utf16le')))
      .map(([k]) => k);
  }

  describe('purge forensics', () => {
    it('after purge, neither the database, its WAL nor the photo folder holds the resident', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zz-forensics-'));
      dirs.push(dir);
      const dbPath = join(dir, 'kiosk.sqlite');
      const photoDir = join(dir, 'photos');
      const clock = { t: Date.UTC(2025, 2, 14, 2) };
      const db = openKioskDatabase(dbPath, driver);
      const vault = new PhotoVault({ dir: photoDir, key: TEST_KEY });
      const store = new CaseStore(db, {
        key: TEST_KEY,
        fixmedinsCode: 'H44090200001',
        countyCode: '440902',
        now: () => clock.t,
      });
      const outbox = new Outbox(db, TEST_KEY);

      const jpeg = await jpegMentioningResident();
      expect(leaks(jpeg)).toEqual(['name', 'certno', 'address']); // the probe works
      const photo = await vault.put(jpeg);
      const base = filingCase('forensics', 0);
      const { caseId } = store.submitCase({
        ...base,
        data: { ...base.data, promise_flag: '0' },
        materials: [{ photoId: photo.id, sha256: photo.sha256, matlType: 'ZZ0206' }],
      });
      // The case's life leaves free text behind too: an error, a refusal, a resend, a settlement.
      outbox.defer(caseId, clock.t, `HTTP 500 while sending ${RESIDENT.name}`, clock.t);
      outbox.park(
        caseId,
        'refused',
        `${RESIDENT.name}（${RESIDENT.certno}）信息有误`,
        [{ field: 'tel', reason: `${RESIDENT.tel} 不是有效号码` }],
        clock.t,
        null,
      );
      expect(store.resend(caseId)).toEqual({ ok: true });
      outbox.recordSubmitted(caseId, store.getCase(caseId)?.caseNo ?? '', 'SN1', '1', 'R1', clock.t, null);
      expect(store.getCase(caseId)?.status).toBe('accepted');

      clock.t += 8 * 86_400_000;
      expect(await purgeExpired(db, vault, { now: clock.t })).toMatchObject({
        cases: 1,
        photos: 1,
        failed: 0,
      });
      expect(store.getCase(caseId)).toMatchObject({ purged: true, status: 'accepted', nameMask: '陈*英' });

      const onDiskWhileOpen = [dbPath, `${dbPath}-wal`, ...filesUnder(photoDir)].filter((p) => existsSync(p));
      for (const p of onDiskWhileOpen)
        expect({ file: p, leaks: leaks(readFileSync(p)) }).toEqual({ file: p, leaks: [] });
      expect(filesUnder(photoDir)).toEqual([]);
      db.close();
      for (const p of [dbPath, `${dbPath}-wal`].filter((q) => existsSync(q)))
        expect({ file: p, leaks: leaks(readFileSync(p)) }).toEqual({ file: p, leaks: [] });
    });

    it('secure_delete is on and the WAL is bounded', () => {
      const dir = mkdtempSync(join(tmpdir(), 'zz-forensics-'));
      dirs.push(dir);
      const db = openKioskDatabase(join(dir, 'kiosk.sqlite'), driver);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('journal_size_limit', { simple: true })).toBeGreaterThan(0);
      db.close();
    });
  });
});
