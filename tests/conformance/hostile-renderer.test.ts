import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../flows/fields/date';
import type { CaseSubmission } from '../../flows/wizard-types';
import { openDesk, type Desk } from './kiosk-at-the-desk';

/**
 * The renderer is untrusted: what it says about who is filing, which 备案类型, which materials and whose pages
 * is ignored or refused. The Node side builds the message from the identity it read and the item's definition.
 */
let desk: Desk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.close());

const answers = {
  tel: '13800138000',
  insutype: '390',
  insu_addr: '广东省茂名市高州市人民路1号',
  mdtrtarea_admdvs: '110105',
  mdtrt_addr: '北京市朝阳区某街道1号',
  begndate: isoDay(new Date()),
};

async function filing(sessionId: string, extra: Partial<CaseSubmission> = {}): Promise<CaseSubmission> {
  return {
    itemId: 'filing-long-term',
    actingFor: 'self',
    usedPromise: false,
    answers,
    pages: await desk.photograph(sessionId, 'residence-proof', 1),
    ...extra,
  };
}

const refusalOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as { code: string; message: string; details?: Record<string, unknown> },
  );

describe('a hostile renderer', () => {
  it('cannot file for someone else under the card holder’s identity, nor change the 备案类型', async () => {
    desk.identifyByCard('h1', 'resident-insured');
    const s = await filing('h1');
    const forged = {
      ...s,
      answers: { ...s.answers, certno: '440902197508201336', psn_name: '李建国', fil_type: '05' },
    };
    const submitted = await desk.submit('h1', forged);
    const view = await desk.deliver(submitted.caseId);
    const held = desk.h.sim.control.cases().find((c) => c.trt_dcla_detl_sn === view?.trtDclaDetlSn);
    expect(held?.data).toMatchObject({ certno: '440981195803150427', psn_name: '陈秀英', fil_type: '02' });
  });

  it('cannot submit in a session where nobody was identified', async () => {
    const s = await filing('h2');
    expect(await refusalOf(desk.submit('h2', s))).toMatchObject({ code: 'forbidden' });
  });

  it('cannot attach a page of another session, or name a material the item does not have', async () => {
    desk.identifyByCard('h3', 'resident-insured');
    const other = await desk.photograph('someone-else', 'residence-proof', 1);
    expect(await refusalOf(desk.submit('h3', await filing('h3', { pages: other })))).toMatchObject({
      code: 'refused',
      message: 'a page is not a photo of this session',
    });
    const foreign = await desk.photograph('h3', 'referral-proof', 1);
    expect(await refusalOf(desk.submit('h3', await filing('h3', { pages: foreign })))).toMatchObject({
      code: 'refused',
      details: { missing: ['residence-proof'] },
    });
  });

  it('cannot skip the materials, or claim a 个人承诺书 on an item that takes none', async () => {
    desk.identifyByCard('h4', 'unknown-adult');
    const promise = await desk.photograph('h4', 'promise', 1);
    const enroll: CaseSubmission = {
      itemId: 'enroll',
      actingFor: 'self',
      usedPromise: true,
      pages: promise,
      answers: {
        hsreg_admdvs: '440981',
        insu_admdvs: '440981',
        psn_idet_type: '14',
        subs_type: '0',
        addr: '高州市人民路1号',
        tel: '13800138000',
      },
    };
    expect(await refusalOf(desk.submit('h4', enroll))).toMatchObject({
      code: 'refused',
      details: { missing: ['identity-doc'] },
    });
    desk.identifyByCard('h5', 'resident-insured');
    expect(await refusalOf(desk.submit('h5', await filing('h5', { pages: [] })))).toMatchObject({
      code: 'refused',
      details: { missing: ['residence-proof'] },
    });
  });

  it('cannot ask 1101 about a person it did not identify', async () => {
    await expect(desk.identities.insurance('nobody')).rejects.toMatchObject({ code: 'forbidden' });
  });
});
