import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminCaller } from '../../../api/admin-gate';
import { officeContract } from '../../../api/office-contract';
import { KioskApiError } from '../../../api/result';
import { StaffCalls } from '../../../db/staff-calls';
import { compactDateTime, isoDate } from '../../../sync/local-time';
import { startHarness, type Harness } from '../../../tests/support/contract-harness';
import { filingCase, TEST_KEY } from '../../../tests/support/test-cases';
import { openKiosk, type KioskUnderTest } from '../../../tests/support/worker-harness';
import { AuditLog, auditAdminActionFor } from '../audit-log';
import { decodeCsvBytes, parseCsv } from '../csv-file';
import { LedgerView } from './ledger-view';
import { localCasesFromLedger } from './office-csv';
import { createOfficeHandlers, type OfficeHandlers } from './office-handlers';
import { zz04Listing } from './reconcile';
import { ReconcileService } from './reconcile-service';

const TZ = 480;
const compactNow = () => compactDateTime(Date.now(), TZ);
const clerk: AdminCaller = { role: 'backOffice', adminSessionId: 'test' };

let h: Harness;
let k: KioskUnderTest;
let office: OfficeHandlers;
let audit: AuditLog;
let staffCalls: StaffCalls;
const today = () => isoDate(Date.now(), TZ);
// The ranges end a day later: seeding moves the kiosk's clock 11 minutes on, past midnight (China time) when
// the test runs just before it.
const tomorrow = () => isoDate(Date.now() + 86_400_000, TZ);

beforeEach(async () => {
  h = await startHarness({ review: { delayMs: 60_000 } });
  k = openKiosk(h, ':memory:');
  audit = new AuditLog(k.db);
  staffCalls = new StaffCalls(k.db);
  const view = new LedgerView(k.db, k.store, TEST_KEY);
  office = createOfficeHandlers({
    store: k.store,
    view,
    syncStatus: () => k.worker.status(),
    wakeWorker: () => undefined,
    reconcile: new ReconcileService({
      db: k.db,
      view,
      listing: zz04Listing((q) => k.client.reconcile(q), 2), // 2 a page: the listing must follow every page
      kioskId: () => h.settings.devNo,
      tz: TZ,
      now: Date.now,
    }),
    staffCalls,
    audit: auditAdminActionFor(audit),
    kioskId: () => h.settings.devNo,
    tz: TZ,
    now: Date.now,
  });
});
afterEach(async () => {
  k.close();
  await h.close();
});

/**
 * Every kind of discrepancy, made the way it happens:
 * - approved: delivered, decided, and the kiosk has heard → matched;
 * - late: delivered, the province decided after the kiosk last asked → status differs;
 * - refused: the province refused it (needs-attention) → missing at the province, resend possible;
 * - waiting: committed, not yet sent → missing at the province, resend not possible (still the worker's);
 * - a case another kiosk database sent under this kiosk's terminal id → unknown locally.
 */
async function seedEveryKind() {
  const approved = k.store.submitCase(filingCase('approved'));
  await k.worker.drainOnce();
  h.sim.control.setClockOffset(61_000);
  k.clock.t += 11 * 60_000;
  await k.worker.drainOnce();
  const late = k.store.submitCase(filingCase('late'));
  const bad = filingCase('refused');
  const refused = k.store.submitCase({ ...bad, data: { ...bad.data, fil_type: '04' } });
  await k.worker.drainOnce();
  h.sim.control.setClockOffset(2 * 61_000);
  const waiting = k.store.submitCase(filingCase('waiting'));
  // Another kiosk database under the same terminal id (e.g. restored from an old backup): its own msgid slot.
  const elsewhere = filingCase('elsewhere', 0);
  const sent = await h.client.submit(
    'ZZ02',
    `${h.settings.fixmedinsCode}${compactNow()}9901`,
    elsewhere.data,
    [],
    '440981',
  );
  expect(sent.kind).toBe('ok');
  return { approved, late, refused, waiting };
}

describe('reconciliation against the provincial simulator', () => {
  it('finds every kind of discrepancy, following every ZZ04 page', async () => {
    const s = await seedEveryKind();
    expect(k.store.getCase(s.approved.caseId)?.status).toBe('approved');
    expect(k.store.getCase(s.late.caseId)?.status).toBe('pending-review');
    expect(k.store.getCase(s.refused.caseId)?.status).toBe('needs-attention');

    const report = await office['office.reconcile'](
      { adminToken: 'x', from: today(), to: tomorrow() },
      clerk,
    );
    expect(report.counts).toEqual({
      matched: 1,
      'status-differs': 1,
      'missing-at-province': 2,
      'unknown-locally': 1,
    });
    const byCase = (caseId: string) => report.lines.find((l) => l.caseId === caseId);
    expect(byCase(s.approved.caseId)).toMatchObject({ kind: 'matched', provinceAcpStas: '3' });
    expect(byCase(s.late.caseId)).toMatchObject({
      kind: 'status-differs',
      localStatus: 'pending-review',
      provinceAcpStas: '3',
    });
    expect(byCase(s.refused.caseId)).toMatchObject({ kind: 'missing-at-province', resendRefusal: null });
    expect(byCase(s.waiting.caseId)).toMatchObject({
      kind: 'missing-at-province',
      resendRefusal: { problem: 'not-needs-attention' },
    });
    const unknown = report.lines.find((l) => l.kind === 'unknown-locally');
    expect(unknown).toMatchObject({ caseId: null, certnoMask: '4409**********0427' });
    expect(unknown?.refMsgid).toMatch(/^\w{30}$/);
    expect(await office['office.reconcile.last']({ adminToken: 'x' }, clerk)).toEqual(report);
    expect(audit.list(5).map((r) => r.action)).toContain('office.reconcile');
  });

  it('a resend of a case the province lacks goes out again and then matches', async () => {
    const s = await seedEveryKind();
    await office['office.resend'](
      { adminToken: 'x', caseId: s.refused.caseId, note: '居民补正后重发' },
      clerk,
    );
    expect(k.store.getCase(s.refused.caseId)?.status).toBe('queued');
    const [row] = audit.list(1);
    expect(row).toMatchObject({ role: 'backOffice', action: 'office.resend', after: { status: 'queued' } });
  });

  it('exports the ledger and the reconciliation as CSV, UTF-8 with BOM or GB18030, read back equal', async () => {
    await seedEveryKind();
    const report = await office['office.reconcile'](
      { adminToken: 'x', from: today(), to: tomorrow() },
      clerk,
    );
    for (const encoding of ['utf8-bom', 'gb18030'] as const) {
      const folder = mkdtempSync(join(tmpdir(), `zz-usb-${encoding}-`));
      const { files } = await office['office.export'](
        { adminToken: 'x', from: today(), to: tomorrow(), folder, encoding },
        clerk,
      );
      expect(readdirSync(folder).sort()).toEqual(files.map((f) => f.slice(folder.length + 1)).sort());
      const [ledgerFile, reconcileFile] = files as [string, string];
      const ledgerBytes = readFileSync(ledgerFile);
      if (encoding === 'utf8-bom') expect([...ledgerBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      else {
        expect(ledgerBytes[0]).not.toBe(0xef);
        // 陈 in GB18030 is B3 C2.
        expect(ledgerBytes.includes(Buffer.from([0xb3, 0xc2]))).toBe(true);
      }
      const ledger = parseCsv(decodeCsvBytes(ledgerBytes, encoding));
      const cases = localCasesFromLedger(ledger).get(h.settings.devNo) ?? [];
      expect(cases).toHaveLength(4);
      expect(ledger.slice(1).map((r) => r[7])).toEqual(['陈*英', '陈*英', '陈*英', '陈*英']);
      const rec = parseCsv(decodeCsvBytes(readFileSync(reconcileFile), encoding));
      expect(rec[0]?.[1]).toBe('kind');
      expect(
        rec
          .slice(1)
          .map((r) => r[1])
          .sort(),
      ).toEqual(report.lines.map((l) => l.kind).sort());
      expect(
        rec
          .slice(1)
          .map((r) => r[6])
          .sort(),
      ).toEqual(report.lines.map((l) => l.trtDclaDetlSn ?? '').sort());
    }
  });
});

describe('resend and resolve guards', () => {
  it('refuse with a reason a case the province settled, a purged case, a live one; require a note', async () => {
    const s = await seedEveryKind();
    const expectRefused = async (p: Promise<unknown>, problem: string) => {
      const error = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(KioskApiError);
      expect(error).toMatchObject({ code: 'refused', details: { problem } });
    };
    const args = (caseId: string) => ({ adminToken: 'x', caseId, note: '核对后处理' });
    await expectRefused(office['office.resend'](args(s.approved.caseId), clerk), 'settled');
    await expectRefused(office['office.resolve'](args(s.approved.caseId), clerk), 'settled');
    await expectRefused(office['office.resend'](args(s.waiting.caseId), clerk), 'not-needs-attention');
    await expectRefused(office['office.resend'](args('no-such-case'), clerk), 'not-found');
    k.db
      .prepare('UPDATE cases SET purged_at = ?, personal = NULL WHERE case_id = ?')
      .run(Date.now(), s.refused.caseId);
    await expectRefused(office['office.resend'](args(s.refused.caseId), clerk), 'purged');
    const noNote = officeContract['office.resolve'].args.safeParse({
      adminToken: 'A'.repeat(43),
      caseId: s.refused.caseId,
      note: '   ',
    });
    expect(noNote.success).toBe(false);
    // Refused actions change nothing and leave no audit row.
    expect(
      audit.list(10).filter((r) => r.action === 'office.resend' || r.action === 'office.resolve'),
    ).toEqual([]);
  });

  it('resolves a needs-attention case with the note, once', async () => {
    const s = await seedEveryKind();
    await office['office.resolve'](
      { adminToken: 'x', caseId: s.refused.caseId, note: '居民放弃办理' },
      clerk,
    );
    const { entries } = await office['office.ledger'](
      { adminToken: 'x', from: today(), to: tomorrow(), limit: 100 },
      clerk,
    );
    const entry = entries.find((e) => e.caseId === s.refused.caseId);
    expect(entry).toMatchObject({
      resolution: { note: '居民放弃办理' },
      canResolve: { problem: 'not-needs-attention' },
    });
    expect(entry?.errMsg).toBeTruthy();
    expect(entry?.deliveries.some((d) => d.kind === 'submit' && d.state === 'refused')).toBe(true);
    expect(audit.list(1)[0]).toMatchObject({ action: 'office.resolve', after: { note: '居民放弃办理' } });
  });
});

describe('the ledger and sync health', () => {
  it('filters by date, item and status; shows masked identities only', async () => {
    await seedEveryKind();
    const all = await office['office.ledger'](
      { adminToken: 'x', from: today(), to: tomorrow(), limit: 100 },
      clerk,
    );
    expect(all.entries).toHaveLength(4);
    expect(JSON.stringify(all)).not.toContain('440981195803150427');
    expect(JSON.stringify(all)).not.toContain('陈秀英');
    const attention = await office['office.ledger'](
      { adminToken: 'x', from: today(), to: tomorrow(), status: 'needs-attention', limit: 100 },
      clerk,
    );
    expect(attention.entries.map((e) => e.status)).toEqual(['needs-attention']);
    const otherItem = await office['office.ledger'](
      { adminToken: 'x', from: today(), to: tomorrow(), itemId: 'enroll', limit: 100 },
      clerk,
    );
    expect(otherItem.entries).toEqual([]);
    const yesterday = isoDate(Date.now() - 86_400_000, TZ);
    const before = await office['office.ledger'](
      { adminToken: 'x', from: yesterday, to: yesterday, limit: 100 },
      clerk,
    );
    expect(before.entries).toEqual([]);
  });

  it('sync health: queue depth, oldest waiting case, last contact, errors by kind', async () => {
    const s = await seedEveryKind();
    const health = await office['office.health']({ adminToken: 'x' }, clerk);
    expect(health).toMatchObject({
      queued: 1,
      needsAttention: 1,
      oldestWaiting: { caseNo: k.store.getCase(s.waiting.caseId)?.caseNo },
      errorsByKind: { 'attention:refused': 1 },
    });
    expect(health.lastSuccessAt).not.toBeNull();
  });
});

describe('staff calls (呼叫工作人员)', () => {
  it('lists each call with its time, screen, item and whether staff came; no session id leaves', async () => {
    staffCalls.record({
      sessionId: 'a7c1e0c2-0000-4000-8000-000000000001',
      step: 'identity',
      itemId: 'enroll',
    });
    staffCalls.record({ sessionId: null, step: 'home' });
    const { calls } = await office['office.staffCalls'](
      { adminToken: 'x', unansweredOnly: false, limit: 100 },
      clerk,
    );
    expect(calls.map((c) => [c.step, c.itemId, c.answeredAt])).toEqual([
      ['home', null, null],
      ['identity', 'enroll', null],
    ]);
    expect(calls[0]?.calledAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(calls)).not.toContain('a7c1e0c2');
  });

  it('acknowledging one marks it answered, is audited, and a second acknowledge is refused', async () => {
    const { id } = staffCalls.record({ sessionId: null, step: 'form', itemId: 'filing-work' });
    await office['office.staffCalls.acknowledge']({ adminToken: 'x', id }, clerk);
    const waiting = await office['office.staffCalls'](
      { adminToken: 'x', unansweredOnly: true, limit: 100 },
      clerk,
    );
    expect(waiting.calls).toEqual([]);
    expect(staffCalls.get(id)?.answeredAt).not.toBeNull();
    const [row] = audit.list(1);
    expect(row).toMatchObject({
      role: 'backOffice',
      action: 'office.staffCalls.acknowledge',
      target: `staff-call ${id}`,
      before: { step: 'form', itemId: 'filing-work', answeredAt: null },
    });
    await expect(
      office['office.staffCalls.acknowledge']({ adminToken: 'x', id }, clerk),
    ).rejects.toMatchObject({ code: 'refused', details: { problem: 'already-acknowledged' } });
    await expect(
      office['office.staffCalls.acknowledge']({ adminToken: 'x', id: 9999 }, clerk),
    ).rejects.toMatchObject({ code: 'refused', details: { problem: 'not-found' } });
  });
});
