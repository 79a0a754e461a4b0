import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import contractDefault from '../../domain/codes/tables/contract-default.json';
import { isoDay } from '../../flows/fields/date';
import { SERVICE_ITEMS } from '../../flows/items';
import { openDesk, type Desk } from './kiosk-at-the-desk';

/**
 * A province with other codes is a new code-table file, not a code change: switch the setting to a second
 * table and the codes the kiosk sends change accordingly (the province, told the same codes, accepts them).
 */
const dir = mkdtempSync(join(tmpdir(), 'zizhu-second-province-'));
const SECOND = {
  name: '第二个省（测试用代码表）',
  tables: {
    ...contractDefault.tables,
    psn_idet_type: { infant: '21', pupil: '22', student: '23', 'unemployed-adult': '24', other: '29' },
    subs_type: { none: 'N', dibao: 'D', tekun: 'T', other: 'O' },
    bank: {
      icbc: 'B102',
      abc: 'B103',
      boc: 'B104',
      ccb: 'B105',
      bocom: 'B301',
      psbc: 'B403',
      'rural-credit': 'B402',
      other: 'B999',
    },
    matl_type: {
      'id-or-hukou': 'GD0101',
      'birth-certificate': 'GD0102',
      'hukou-front': 'GD0201',
      'registration-card': 'GD0202',
      'residence-proof': 'GD0203',
      'work-proof': 'GD0204',
      'referral-proof': 'GD0205',
      'emergency-proof': 'GD0206',
      promise: 'GD0299',
    },
    fil_type: { retiree: 'A', 'long-term': 'B', work: 'C', referral: 'D', emergency: 'E' },
  },
};
const kioskTable = join(dir, 'second-province.json');
writeFileSync(kioskTable, JSON.stringify(SECOND));
// The simulator's own reading of that province's published codes (its format, not the kiosk's file).
const simTable = join(dir, 'second-province.sim.json');
writeFileSync(
  simTable,
  JSON.stringify({
    psn_idet_type: ['21', '22', '23', '24', '29'],
    subs_type: ['N', 'D', 'T', 'O'],
    bank_name: ['B102', 'B103', 'B104', 'B105', 'B301', 'B403', 'B402', 'B999'],
    matl_type: ['GD0101', 'GD0102', 'GD0201', 'GD0202', 'GD0203', 'GD0204', 'GD0205', 'GD0206', 'GD0299'],
    fil_type: ['A', 'B', 'C', 'D', 'E'],
  }),
);

let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

async function enroll(d: Desk): Promise<Record<string, unknown>> {
  const t = d.codes.tables;
  d.identifyByCard('s', 'unknown-adult');
  const pages = await d.photograph('s', 'identity-doc', 1);
  const submitted = await d.submit('s', {
    itemId: 'enroll',
    actingFor: 'self',
    usedPromise: false,
    pages,
    answers: {
      hsreg_admdvs: '440981',
      insu_admdvs: '440981',
      psn_idet_type: t.psn_idet_type['unemployed-adult'],
      subs_type: t.subs_type.none,
      addr: '广东省茂名市高州市人民路1号',
      tel: '13800138000',
      bank_acct_name: '陈建',
      bank_name: t.bank.icbc,
      bank_acct: '6222020200112233445',
    },
  });
  const view = await d.deliver(submitted.caseId);
  expect(view?.attentionCode ?? null, JSON.stringify(view)).toBeNull();
  const held = d.h.sim.control.cases().find((c) => c.trt_dcla_detl_sn === view?.trtDclaDetlSn);
  return held?.data as Record<string, unknown>;
}

async function fileWithPromise(d: Desk): Promise<Record<string, unknown>> {
  d.identifyByCard('f', 'resident-insured');
  const pages = await d.photograph('f', 'promise', 1);
  const submitted = await d.submit('f', {
    itemId: 'filing-long-term',
    actingFor: 'self',
    usedPromise: true,
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
  const view = await d.deliver(submitted.caseId);
  expect(view?.attentionCode ?? null, JSON.stringify(view)).toBeNull();
  const held = d.h.sim.control.cases().find((c) => c.trt_dcla_detl_sn === view?.trtDclaDetlSn);
  return held?.data as Record<string, unknown>;
}

describe('a second code-table file changes the codes sent, with no code change', () => {
  it('sends the contract’s default codes with the shipped table', async () => {
    desk = await openDesk();
    expect(await enroll(desk)).toMatchObject({ psn_idet_type: '14', subs_type: '0', bank_name: '102' });
  });

  it('sends the second province’s codes once the setting names its file', async () => {
    desk = await openDesk({ codeTables: kioskTable, sim: { codeTablesFile: simTable } });
    const enrolled = await enroll(desk);
    expect(enrolled).toMatchObject({ psn_idet_type: '24', subs_type: 'N', bank_name: 'B102' });
    expect(enrolled.att).toEqual([expect.objectContaining({ matl_type: 'GD0101' })]);
    const filed = await fileWithPromise(desk);
    expect(filed).toMatchObject({ fil_type: 'B', promise_flag: '1' });
    expect(filed.att).toEqual([expect.objectContaining({ matl_type: 'GD0299' })]);
  });

  it('a kiosk still on the default table is refused by that province, field by field', async () => {
    desk = await openDesk({ sim: { codeTablesFile: simTable } });
    desk.identifyByCard('s', 'unknown-adult');
    const pages = await desk.photograph('s', 'identity-doc', 1);
    const t = desk.codes.tables;
    const submitted = await desk.submit('s', {
      itemId: 'enroll',
      actingFor: 'self',
      usedPromise: false,
      pages,
      answers: {
        hsreg_admdvs: '440981',
        insu_admdvs: '440981',
        psn_idet_type: t.psn_idet_type['unemployed-adult'],
        subs_type: t.subs_type.none,
        addr: '广东省茂名市高州市人民路1号',
        tel: '13800138000',
      },
    });
    const view = await desk.deliver(submitted.caseId);
    expect(view?.status).toBe('needs-attention');
    expect(view?.reasons.map((r) => r.field)).toEqual(
      expect.arrayContaining(['psn_idet_type', 'subs_type', 'att[0].matl_type']),
    );
  });

  it('the item definitions hold no code of their own', () => {
    const literal = JSON.stringify(SERVICE_ITEMS);
    for (const code of ['"14"', '"ZZ0101"', '"390"', '"102"', '"fil_type":"0'])
      expect(literal).not.toContain(code);
  });
});
