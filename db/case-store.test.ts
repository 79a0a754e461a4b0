import { describe, expect, it } from 'vitest';
import { MemoryPhotoSource } from '../sync/photo-source';
import { CaseStore } from './case-store';
import { CaseInputError } from './case-types';
import { openKioskDatabase } from './open-kiosk-database';
import { Outbox } from './outbox';
import { purgeExpired } from './retention';
import { filingCase, jpegFor, TEST_KEY } from '../tests/support/test-cases';
import { SQLITE_DRIVERS } from './driver/index';

// The same behaviour on both engines behind db/driver/ (better-sqlite3, node:sqlite).
describe.each(SQLITE_DRIVERS.map((d) => [d.name, d] as const))('%s', (_name, driver) => {
  function setup(now = { t: Date.UTC(2025, 2, 14, 2) }) {
    const db = openKioskDatabase(':memory:', driver);
    const store = new CaseStore(db, {
      key: TEST_KEY,
      fixmedinsCode: 'H44090200001',
      countyCode: '440902',
      now: () => now.t,
    });
    return { db, store, outbox: new Outbox(db, TEST_KEY), now };
  }

  describe('CaseStore.submitCase', () => {
    it('commits case, materials and outbox messages together and returns the 受理编号', () => {
      const { db, store } = setup();
      const { caseId, caseNo } = store.submitCase(filingCase('a', 2));
      expect(caseNo).toBe('440902-250314-0001');
      const outbox = db
        .prepare(
          'SELECT kind, material_seq, msgid FROM outbox WHERE case_id = ? ORDER BY material_seq IS NULL, material_seq',
        )
        .all(caseId) as Array<{
        kind: string;
        msgid: string;
      }>;
      expect(outbox.map((o) => o.kind)).toEqual(['upload', 'upload', 'submit']);
      expect(new Set(outbox.map((o) => o.msgid)).size).toBe(3);
      expect(outbox.every((o) => o.msgid.startsWith('H44090200001202503141000'))).toBe(true);
      const view = store.getCase(caseId);
      expect(view).toMatchObject({
        status: 'queued',
        caseNo,
        certnoMask: '4409**********0427',
        nameMask: '陈*英',
        materials: 2,
        materialsUploaded: 0,
      });
    });

    it('stores personal data only encrypted', () => {
      const { db, store } = setup();
      const { caseId } = store.submitCase(filingCase('secret-memo'));
      const raw = JSON.stringify(db.prepare('SELECT * FROM cases WHERE case_id = ?').get(caseId));
      expect(raw).not.toContain('440981195803150427');
      expect(raw).not.toContain('陈秀英');
      expect(raw).not.toContain('13800138000');
      expect(new Outbox(db, TEST_KEY).load(caseId)?.data.memo).toBe('secret-memo');
      expect(() => new Outbox(db, Buffer.alloc(32, 1)).load(caseId)).toThrow();
    });

    it('rolls back everything when any part fails, and refuses malformed cases', () => {
      const { db, store } = setup();
      const bad = filingCase('x');
      expect(() =>
        store.submitCase({ ...bad, materials: [{ photoId: 'p', sha256: 'short', matlType: 'm' }] }),
      ).toThrow(CaseInputError);
      expect(() => store.submitCase({ ...bad, data: { ...bad.data, att: '[]' } })).toThrow(CaseInputError);
      db.exec(
        `CREATE TRIGGER boom BEFORE INSERT ON outbox WHEN NEW.kind = 'submit' BEGIN SELECT RAISE(ABORT, 'boom'); END`,
      );
      expect(() => store.submitCase(bad)).toThrow(/boom/);
      expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM materials').get()).toEqual({ n: 0 });
    });
  });

  describe('ledger, resend and resolve', () => {
    it('lists by status and date, newest first', () => {
      const { store, outbox, now } = setup();
      const a = store.submitCase(filingCase('a'));
      now.t += 1000;
      const b = store.submitCase(filingCase('b'));
      outbox.park(
        b.caseId,
        'refused',
        '该人员未参保',
        [{ field: 'certno', reason: '该人员未参保' }],
        now.t,
        null,
      );
      expect(store.listLedger().map((r) => r.caseId)).toEqual([b.caseId, a.caseId]);
      expect(store.listLedger({ status: 'needs-attention' }).map((r) => r.caseId)).toEqual([b.caseId]);
      expect(store.listLedger({ from: now.t }).map((r) => r.caseId)).toEqual([b.caseId]);
      expect(store.listLedger({ to: now.t }).map((r) => r.caseId)).toEqual([a.caseId]);
      expect(store.getCase(b.caseId)).toMatchObject({
        status: 'needs-attention',
        errMsg: '该人员未参保',
        attentionCode: 'refused',
      });
    });

    it('resend gives every unfinished message a new msgid; resolve records the note', () => {
      const { db, store, outbox, now } = setup();
      const { caseId } = store.submitCase(filingCase('r', 2));
      const before = outbox.load(caseId);
      expect(store.resend(caseId)).toMatchObject({ ok: false, problem: 'not-needs-attention' });
      outbox.park(caseId, 'refused', 'x', [], now.t, before?.submitMsgid ?? null);
      expect(store.resend(caseId)).toEqual({ ok: true });
      const after = outbox.load(caseId);
      expect(after?.status).toBe('queued');
      expect(after?.submitMsgid).not.toBe(before?.submitMsgid);
      expect(after?.materials.map((m) => m.uploadMsgid)).not.toEqual(
        before?.materials.map((m) => m.uploadMsgid),
      );
      expect(
        db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE case_id = ? AND state = 'pending'`).get(caseId),
      ).toEqual({ n: 3 });
      outbox.park(caseId, 'photo-missing', 'gone', [], now.t, null);
      expect(store.resolve(caseId, '居民将重新办理')).toEqual({ ok: true });
      expect(store.getCase(caseId)?.resolution).toEqual({ note: '居民将重新办理', at: now.t });
      expect(store.resolve('nope', 'x')).toMatchObject({ ok: false, problem: 'not-found' });
      expect(outbox.due(now.t + 1e9, 10)).toEqual([]);
    });
  });

  describe('retention', () => {
    it('purges photos and personal data 7 days after the province settled the case, keeping the ledger row', async () => {
      const { db, store, outbox, now } = setup();
      const photos = new MemoryPhotoSource();
      const settled = store.submitCase(filingCase('old'));
      const open = store.submitCase(filingCase('open'));
      photos.put('old-p0', jpegFor('old-p0'));
      photos.put('open-p0', jpegFor('open-p0'));
      outbox.recordSubmitted(
        settled.caseId,
        outbox.load(settled.caseId)?.submitMsgid ?? '',
        'SN1',
        '1',
        'R1',
        now.t,
        null,
      );
      expect(await purgeExpired(db, photos, { now: now.t + 6 * 86_400_000 })).toEqual({
        cases: 0,
        photos: 0,
        failed: 0,
      });
      expect(await purgeExpired(db, photos, { now: now.t + 7 * 86_400_000 })).toEqual({
        cases: 1,
        photos: 1,
        failed: 0,
      });
      expect([...photos.photos.keys()]).toEqual(['open-p0']);
      expect(store.getCase(settled.caseId)).toMatchObject({
        purged: true,
        status: 'accepted',
        trtDclaDetlSn: 'SN1',
        certnoMask: '4409**********0427',
      });
      expect(db.prepare('SELECT personal FROM cases WHERE case_id = ?').get(settled.caseId)).toEqual({
        personal: null,
      });
      expect(store.getCase(open.caseId)?.purged).toBe(false);
    });

    it('keeps a case whose photo cannot be removed and tries again later', async () => {
      const { db, store, outbox, now } = setup();
      const { caseId } = store.submitCase(filingCase('stuck'));
      outbox.recordSubmitted(caseId, outbox.load(caseId)?.submitMsgid ?? '', 'SN', '1', 'R', now.t, null);
      const failing = {
        readJpeg: async () => Buffer.alloc(0),
        remove: async () => Promise.reject(new Error('disk')),
      };
      expect(await purgeExpired(db, failing, { now: now.t + 8 * 86_400_000 })).toEqual({
        cases: 0,
        photos: 0,
        failed: 1,
      });
      expect(store.getCase(caseId)?.purged).toBe(false);
    });
  });
});
