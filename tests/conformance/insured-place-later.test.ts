import { afterEach, describe, expect, it } from 'vitest';
import { isoDay } from '../../flows/fields/date';
import { openDesk, type Desk } from './kiosk-at-the-desk';

/**
 * The province cannot be reached at identity: the 备案 is still taken, and the sync worker asks 1101 for the
 * 参保地 before it sends ZZ02 (a prerequisite step, like the photo uploads), so the strict province accepts it.
 */
let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

async function fileWhileOffline(d: Desk, seedKey: string): Promise<string> {
  d.h.sim.control.setFaults({ outage: true });
  d.identifyByCard('s', seedKey);
  expect(await d.identities.insurance('s')).toEqual({ state: 'unknown' });
  const pages = await d.photograph('s', 'work-proof', 1);
  const submitted = await d.submit('s', {
    itemId: 'filing-work',
    actingFor: 'self',
    usedPromise: false,
    pages,
    answers: {
      tel: '13800138000',
      insutype: d.codes.tables.insutype.resident,
      insu_addr: '广东省茂名市高州市人民路1号',
      mdtrtarea_admdvs: '110105',
      mdtrt_addr: '北京市朝阳区某街道1号',
      begndate: isoDay(new Date()),
    },
  });
  d.h.sim.control.setFaults({ outage: false });
  d.h.sim.control.clearReceived();
  return submitted.caseId;
}

describe('参保地 unknown at commit', () => {
  it('is resolved with 1101 before ZZ02, and the case is accepted', async () => {
    desk = await openDesk();
    const caseId = await fileWhileOffline(desk, 'resident-insured');
    const view = await desk.deliver(caseId);
    expect(view?.attentionCode ?? null, JSON.stringify(view)).toBeNull();
    expect(['accepted', 'pending-review', 'approved']).toContain(view?.status);
    const sent = desk.h.sim.control.received().map((r) => r.infno);
    expect(sent.indexOf('1101')).toBeGreaterThanOrEqual(0);
    expect(sent.indexOf('1101')).toBeLessThan(sent.indexOf('ZZ02'));
  });

  it('parks the case with a plain reason when 1101 then says the person is not insured', async () => {
    desk = await openDesk();
    const caseId = await fileWhileOffline(desk, 'suspended');
    const view = await desk.deliver(caseId);
    expect(view).toMatchObject({ status: 'needs-attention', attentionCode: 'refused' });
    expect(view?.errMsg).toContain('不能办理异地就医备案');
    expect(desk.h.sim.control.received().map((r) => r.infno)).not.toContain('ZZ02');
  });
});
