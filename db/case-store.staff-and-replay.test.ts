import { describe, expect, it } from 'vitest';
import { MemoryPhotoSource } from '../sync/photo-source';
import { CaseStore } from './case-store';
import { openKioskDatabase } from './open-kiosk-database';
import { Outbox } from './outbox';
import { purgeExpired } from './retention';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
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

  describe('resend and resolve refuse cases where they make no sense', () => {
    it('refuses a purged case, naming why', async () => {
      const { db, store, outbox, now } = setup();
      const { caseId, caseNo } = store.submitCase(filingCase('p', 0));
      outbox.park(caseId, 'refused', '已参保', [], now.t, null);
      expect(store.resolve(caseId, '居民不再办理')).toEqual({ ok: true });
      now.t += 8 * 86_400_000;
      expect((await purgeExpired(db, new MemoryPhotoSource(), { now: now.t })).cases).toBe(1);
      const resend = store.resend(caseId);
      expect(resend).toMatchObject({ ok: false, problem: 'purged' });
      expect(!resend.ok && resend.message).toBe(
        `cannot resend case ${caseNo}: its personal data and photos were removed by retention`,
      );
      expect(store.resolve(caseId, 'x')).toMatchObject({ ok: false, problem: 'purged' });
      expect(outbox.due(now.t + 1e9, 10)).toEqual([]);
    });

    it('refuses settled (accepted, approved) and live cases, and an already resolved one', () => {
      const { store, outbox, now } = setup();
      const accepted = store.submitCase(filingCase('a', 0)).caseId;
      outbox.recordSubmitted(accepted, store.getCase(accepted)?.caseNo ?? '', 'SN1', '1', 'R1', now.t, null);
      expect(store.getCase(accepted)?.status).toBe('accepted');
      expect(store.resend(accepted)).toMatchObject({ ok: false, problem: 'settled' });
      expect(store.resolve(accepted, 'x')).toMatchObject({ ok: false, problem: 'settled' });

      const approved = store.submitCase(filingCase('b', 0)).caseId;
      outbox.recordStatus(approved, '3', '', now.t, null);
      expect(store.resend(approved)).toMatchObject({ ok: false, problem: 'settled' });

      const live = store.submitCase(filingCase('c', 0)).caseId;
      const r = store.resend(live);
      expect(r).toMatchObject({ ok: false, problem: 'not-needs-attention' });
      expect(!r.ok && r.message).toMatch(/it is queued; the sync worker is still delivering it/);

      outbox.park(live, 'refused', 'x', [], now.t, null);
      expect(store.resolve(live, '已电话告知')).toEqual({ ok: true });
      expect(store.resolve(live, 'again')).toMatchObject({ ok: false, problem: 'not-needs-attention' });
      expect(store.resend('no-such-case')).toMatchObject({ ok: false, problem: 'not-found' });
    });
  });

  describe('submit idempotency', () => {
    it('a duplicated submit with the same key gives one case and the same 受理编号', () => {
      const { db, store } = setup();
      const key = '0b7e6c1e-3c8a-4d5e-9f00-1234567890ab';
      const first = store.submitCase({ ...filingCase('dup', 2), idempotencyKey: key });
      const again = store.submitCase({ ...filingCase('dup', 2), idempotencyKey: key });
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ ...first, replayed: true });
      expect(store.findByIdempotencyKey(key)).toEqual({ ...first, replayed: true });
      expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 3 });
      // Another key is another case.
      const other = store.submitCase({ ...filingCase('dup', 2), idempotencyKey: crypto.randomUUID() });
      expect(other.caseNo).not.toBe(first.caseNo);
    });

    it('the database itself refuses a second case with a known key (UNIQUE index)', () => {
      const { db, store } = setup();
      const key = '0b7e6c1e-3c8a-4d5e-9f00-1234567890ab';
      const { caseId } = store.submitCase({ ...filingCase('u', 0), idempotencyKey: key });
      expect(() =>
        db
          .prepare(
            `INSERT INTO cases (case_id, case_no, item_id, infno, status, certno_mask, name_mask, cert_type,
             insuplc_admdvs, submit_msgid, created_at, updated_at, idempotency_key)
           SELECT 'x', 'y', item_id, infno, status, certno_mask, name_mask, cert_type, insuplc_admdvs, 'z',
             created_at, updated_at, idempotency_key FROM cases WHERE case_id = ?`,
          )
          .run(caseId),
      ).toThrow(/UNIQUE/);
    });
  });

  describe('free-text columns at rest', () => {
    it('seals the province reasons, errors and staff notes; the views read them back', () => {
      const { db, store, outbox, now } = setup();
      const { caseId } = store.submitCase(filingCase('s', 0));
      outbox.defer(caseId, now.t + 1000, 'HTTP 500 for 陈秀英', now.t);
      outbox.park(
        caseId,
        'refused',
        '陈秀英已参保',
        [{ field: 'certno', reason: '440981195803150427 已参保' }],
        now.t,
        null,
      );
      store.resolve(caseId, '陈秀英 13800138000 将重新办理');
      const raw = JSON.stringify(db.prepare('SELECT * FROM cases WHERE case_id = ?').get(caseId));
      for (const secret of ['陈秀英', '440981195803150427', '13800138000', '已参保'])
        expect(raw.includes(secret)).toBe(false);
      const view = store.getCase(caseId);
      expect(view).toMatchObject({
        errMsg: '陈秀英已参保',
        reasons: [{ field: 'certno', reason: '440981195803150427 已参保' }],
        resolution: { note: '陈秀英 13800138000 将重新办理' },
      });
    });
  });

  describe('resealLegacyColumns', () => {
    it('seals plaintext left by older builds, once, and the views still read it', async () => {
      const { resealLegacyColumns } = await import('./reseal-legacy-columns');
      const { db, store } = setup();
      const { caseId } = store.submitCase(filingCase('legacy', 0));
      db.prepare(
        `UPDATE cases SET status = 'needs-attention', err_msg = '陈秀英已参保', last_error = '陈秀英', note = NULL WHERE case_id = ?`,
      ).run(caseId);
      expect(resealLegacyColumns(db, TEST_KEY)).toBe(1);
      expect(resealLegacyColumns(db, TEST_KEY)).toBe(0);
      expect(JSON.stringify(db.prepare('SELECT * FROM cases').get()).includes('陈秀英')).toBe(false);
      expect(store.getCase(caseId)?.errMsg).toBe('陈秀英已参保');
    });
  });
});
