import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filingCase } from '../tests/support/test-cases';
import { seedPerson } from '../province-sim/persons';
import { startHarness, type Harness } from '../tests/support/contract-harness';
import { MemoryPhotoSource } from './photo-source';
import { openKiosk, type KioskUnderTest } from '../tests/support/worker-harness';

let h: Harness;
let k: KioskUnderTest;
beforeEach(async () => {
  h = await startHarness({ review: { delayMs: 60_000 } });
  k = openKiosk(h, ':memory:');
});
afterEach(async () => {
  k.close();
  await h.close();
});

const memo = (c: { data: Record<string, unknown> }): unknown => c.data.memo;

describe('SyncWorker', () => {
  it('uploads, submits, then follows 待审核 until 审核通过', async () => {
    const a = k.store.submitCase(filingCase('a', 2));
    const b = k.store.submitCase(filingCase('b', 1));
    const report = await k.worker.drainOnce();
    expect(report).toMatchObject({ steps: 5, parked: 0, deferred: 0 });
    expect(k.store.getCase(a.caseId)).toMatchObject({ status: 'pending-review', materialsUploaded: 2 });
    expect(k.store.getCase(a.caseId)?.trtDclaDetlSn).toMatch(/^440000/);
    expect(h.sim.control.cases().map(memo).sort()).toEqual(['a', 'b']);
    const att = h.sim.control.cases().find((c) => c.data.memo === 'a')?.data.att as Array<{
      matl_type: string;
    }>;
    expect(att?.map((x) => x.matl_type)).toEqual(['ZZ0206', 'ZZ0206']);
    // Nothing due until the slow poll; then the province has decided.
    expect((await k.worker.drainOnce()).steps).toBe(0);
    h.sim.control.setClockOffset(61_000);
    k.clock.t += 11 * 60_000;
    await k.worker.drainOnce();
    expect(k.store.getCase(a.caseId)?.status).toBe('approved');
    expect(k.store.getCase(b.caseId)?.status).toBe('approved');
    expect(k.worker.nextWakeAt()).toBeNull();
  });

  it('parks a refused case with the province reasons and still delivers the others', async () => {
    const bad = filingCase('bad');
    const refused = k.store.submitCase({ ...bad, data: { ...bad.data, fil_type: '04' } });
    const good = k.store.submitCase(filingCase('good'));
    const report = await k.worker.drainOnce();
    expect(report.parked).toBe(1);
    expect(k.store.getCase(refused.caseId)).toMatchObject({
      status: 'needs-attention',
      attentionCode: 'refused',
      reasons: [
        { field: 'reflin_medins_name', reason: expect.stringContaining('reflin_medins_name') },
        { field: 'refl_rea', reason: expect.stringContaining('refl_rea') },
      ],
    });
    expect(k.store.getCase(good.caseId)?.status).toBe('pending-review');
    expect(k.worker.status()).toMatchObject({ needsAttention: 1, awaitingReview: 1, queued: 0 });
  });

  it('parks a case whose photo is missing or altered', async () => {
    const photos = new MemoryPhotoSource();
    const w = openKiosk(h, ':memory:', { photos });
    const missing = w.store.submitCase(filingCase('missing'));
    const altered = w.store.submitCase(filingCase('altered'));
    photos.put('altered-p0', Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
    await w.worker.drainOnce();
    expect(w.store.getCase(missing.caseId)?.attentionCode).toBe('photo-missing');
    expect(w.store.getCase(altered.caseId)?.attentionCode).toBe('photo-mismatch');
    w.close();
  });

  it('backs off during an outage, honouring Retry-After, then delivers with the same msgids', async () => {
    const { caseId } = k.store.submitCase(filingCase('outage'));
    h.sim.control.setFaults({ outage: true, unavailableRetryAfterSeconds: 120 });
    const first = await k.worker.drainOnce();
    expect(first).toMatchObject({ steps: 1, deferred: 1 });
    const status = k.worker.status();
    expect(status.lastError?.detail).toContain('unavailable');
    expect(status.holdUntil).toBeGreaterThanOrEqual(k.clock.t + 120_000);
    expect((await k.worker.drainOnce()).steps).toBe(0); // held back
    h.sim.control.setFaults({ outage: false });
    // Retry-After plus a random part of it (backoff.ts), so kiosks refused together do not return together.
    // A 503 leaves the pace alone (send-pacer.ts paces after 429s only): the whole case goes then.
    k.clock.t = (status.holdUntil ?? k.clock.t) + 1;
    expect((await k.worker.drainOnce()).steps).toBe(2);
    expect(k.store.getCase(caseId)?.status).toBe('pending-review');
    const sent = h.sim.control
      .received()
      .filter((e) => e.infno === '9101')
      .map((e) => e.msgid);
    expect(sent).toHaveLength(1);
  });

  it('recovers from lost answers and duplicate deliveries: the province holds each case once', async () => {
    h.sim.control.setFaults({ dropResponseRate: 0.5, duplicateRate: 0.5 });
    const ids = ['d1', 'd2', 'd3'].map((t) => k.store.submitCase(filingCase(t, 2)).caseId);
    for (
      let i = 0;
      i < 30 &&
      ids.some(
        (id) => k.store.getCase(id)?.status === 'queued' || k.store.getCase(id)?.status === 'uploading',
      );
      i++
    ) {
      k.clock.t += 3_600_000;
      await k.worker.drainOnce();
    }
    expect(ids.map((id) => k.store.getCase(id)?.status)).toEqual([
      'pending-review',
      'pending-review',
      'pending-review',
    ]);
    expect(h.sim.control.cases().map(memo).sort()).toEqual(['d1', 'd2', 'd3']);
    expect(h.sim.control.received().some((e) => e.outcome === 'replayed')).toBe(true);
  });

  it('pauses in the maintenance window and resumes after a random spread', async () => {
    const local = (h24: number, m: number): number => Date.UTC(2025, 0, 2, h24 - 8, m); // 2 Jan, China time (h24 >= 8)
    const w = openKiosk(
      h,
      ':memory:',
      { maintenance: { start: '21:30', end: '00:05', restartSpreadMs: 600_000 }, random: () => 0.5 },
      { t: local(22, 0) },
    );
    const { caseId } = w.store.submitCase(filingCase('night'));
    expect((await w.worker.drainOnce()).steps).toBe(0);
    const resumeAt = local(24, 10); // 00:05 + half the 10-minute spread
    expect(w.worker.status()).toMatchObject({ pausedForMaintenance: true, resumeAt });
    w.clock.t = local(24, 9);
    expect((await w.worker.drainOnce()).steps).toBe(0);
    w.clock.t = local(24, 10);
    expect((await w.worker.drainOnce()).steps).toBe(2);
    expect(w.store.getCase(caseId)?.status).toBe('pending-review');
    expect(w.worker.status().pausedForMaintenance).toBe(false);
    w.close();
  });

  it('runs in the background with start()/wake()/stop()', async () => {
    const w = openKiosk(h, ':memory:', {}, { t: Date.now() });
    w.worker.start();
    const { caseId } = w.store.submitCase(filingCase('bg'));
    w.worker.wake();
    for (let i = 0; i < 100 && w.store.getCase(caseId)?.status !== 'pending-review'; i++)
      await new Promise((r) => setTimeout(r, 20));
    await w.worker.stop();
    expect(w.store.getCase(caseId)?.status).toBe('pending-review');
    expect(w.worker.status()).toMatchObject({ running: false });
    expect(w.worker.status().lastSuccessAt).not.toBeNull();
    w.close();
  });

  it('enrolls a resident (ZZ01) end to end and shows 已受理', async () => {
    const p = seedPerson('unknown-adult');
    const { caseId } = k.store.submitCase({
      itemId: 'resident-enrollment',
      infno: 'ZZ01',
      data: {
        psn_cert_type: '01',
        certno: p.certno,
        psn_name: p.name,
        gend: p.gender,
        naty: '01',
        brdy: p.birthDate,
        tel: '13900139000',
        hsreg_admdvs: '440981',
        hsreg_addr: '高州市某村',
        insu_admdvs: '440981',
        psn_idet_type: '14',
        subs_type: '0',
        addr: '高州市某村',
        bank_acct_name: '',
        bank_name: '',
        bank_acct: '',
        agnter_name: '',
        agnter_cert_type: '',
        agnter_certno: '',
        agnter_tel: '',
        agnter_rlts: '',
      },
      materials: filingCase('zz01').materials,
      person: { certno: p.certno, name: p.name, certType: '01' },
    });
    await k.worker.drainOnce();
    expect(k.store.getCase(caseId)).toMatchObject({ status: 'accepted', acpStas: '1' });
    expect(k.worker.nextWakeAt()).toBeNull();
  });
});
