import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCodeTables } from '../../domain/codes/code-tables';
import contractDefault from '../../domain/codes/tables/contract-default.json';
import { isoDay } from '../../flows/fields/date';
import { SERVICE_ITEMS } from '../../flows/items';
import { resolveSubmission } from '../../flows/submission';
import type { CaseSubmission } from '../../flows/wizard-types';
import { openDesk, type Desk } from './kiosk-at-the-desk';

/**
 * Each rule of the contract's "Code values and field rules", twice: the kiosk refuses the bad answer next to
 * its field before anything is committed, and the strict province refuses the same value when it is sent
 * anyway (the message built by the kiosk's own code with the bad value put in).
 */
type Bad = Readonly<{
  rule: string;
  itemId: 'enroll' | 'filing-long-term';
  answers: Record<string, string>;
  /** Where the kiosk shows the problem, and what it says (flow:errors.*). */
  kiosk: Record<string, string>;
  /** The field the province names in output.errors. */
  province: string;
}>;

const A51 = 'A'.repeat(51);
const BAD: Bad[] = [
  {
    rule: '申请人身份 as an internal name',
    itemId: 'enroll',
    answers: { psn_idet_type: 'unemployed-adult' },
    kiosk: { psn_idet_type: 'choice.unknown' },
    province: 'psn_idet_type',
  },
  {
    rule: '财政补贴对象 as an internal name',
    itemId: 'enroll',
    answers: { subs_type: 'none' },
    kiosk: { subs_type: 'choice.unknown' },
    province: 'subs_type',
  },
  {
    rule: '开户银行 as a bank name instead of its 行别代码',
    itemId: 'enroll',
    answers: { bank_name: 'ICBC' },
    kiosk: { bank_name: 'choice.unknown' },
    province: 'bank_name',
  },
  {
    rule: 'bank details not all or nothing',
    itemId: 'enroll',
    answers: { bank_acct_name: '', bank_name: '' },
    kiosk: { bank_acct_name: 'rule.bankIncomplete', bank_name: 'rule.bankIncomplete' },
    province: 'bank_name',
  },
  {
    rule: 'bank account of 9 digits',
    itemId: 'enroll',
    answers: { bank_acct: '622202020' },
    kiosk: { bank_acct: 'bankAccount.length' },
    province: 'bank_acct',
  },
  {
    rule: 'a name of 51 characters',
    itemId: 'enroll',
    answers: { bank_acct_name: A51 },
    kiosk: { bank_acct_name: 'name.tooLong' },
    province: 'bank_acct_name',
  },
  {
    rule: 'an address of 201 characters',
    itemId: 'enroll',
    answers: { addr: '路'.repeat(201) },
    kiosk: { addr: 'text.tooLong' },
    province: 'addr',
  },
  {
    rule: 'a 备注 of 501 characters',
    itemId: 'filing-long-term',
    answers: { memo: '备'.repeat(501) },
    kiosk: { memo: 'text.tooLong' },
    province: 'memo',
  },
  {
    rule: 'a phone number that is no mobile number',
    itemId: 'filing-long-term',
    answers: { tel: '12345678901' },
    kiosk: { tel: 'phone.prefix' },
    province: 'tel',
  },
  {
    rule: '转往就医地 in the 参保地’s own city',
    itemId: 'filing-long-term',
    answers: { mdtrtarea_admdvs: '440983' },
    kiosk: { mdtrtarea_admdvs: 'rule.sameCityAsInsured' },
    province: 'mdtrtarea_admdvs',
  },
];

const GOOD: Record<Bad['itemId'], { holder: string; answers: Record<string, string> }> = {
  enroll: {
    holder: 'unknown-adult',
    answers: {
      hsreg_admdvs: '440981',
      insu_admdvs: '440981',
      psn_idet_type: '14',
      subs_type: '0',
      addr: '广东省茂名市高州市人民路1号',
      tel: '13800138000',
      bank_acct_name: 'ZHANG SAN',
      bank_name: '102',
      bank_acct: '6222020200112233445',
    },
  },
  'filing-long-term': {
    holder: 'resident-insured',
    answers: {
      tel: '13800138000',
      insutype: '390',
      insu_addr: '广东省茂名市高州市人民路1号',
      mdtrtarea_admdvs: '110105',
      mdtrt_addr: '北京市朝阳区某街道1号',
      begndate: isoDay(new Date()),
      memo: '',
    },
  },
};

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.close());

async function submission(b: Bad, sessionId: string): Promise<CaseSubmission> {
  const def = SERVICE_ITEMS[b.itemId];
  desk.identifyByCard(sessionId, GOOD[b.itemId].holder);
  await desk.identities.insurance(sessionId);
  const pages = (await Promise.all(def.materials.map((m) => desk.photograph(sessionId, m.id, 1)))).flat();
  return {
    itemId: b.itemId,
    actingFor: 'self',
    answers: { ...GOOD[b.itemId].answers, ...b.answers },
    usedPromise: false,
    pages,
  };
}

describe('bad submissions: the kiosk catches each first, and the strict province refuses it too', () => {
  it.each(BAD.map((b) => [b.rule, b] as const))('%s', async (_rule, b) => {
    const sessionId = `bad-${b.province}-${Object.keys(b.answers).join('-')}`;
    const s = await submission(b, sessionId);
    const refusal = await desk.submit(sessionId, s).then(
      () => null,
      (e: unknown) => e as { code: string; details: { problems: Record<string, string> } },
    );
    expect(refusal?.code).toBe('refused');
    expect(refusal?.details.problems).toEqual(b.kiosk);

    // Sent anyway: the kiosk's own message with the bad value in it.
    const holder = desk.identities.holder(sessionId);
    const { data } = resolveSubmission(SERVICE_ITEMS[b.itemId], s, holder, desk.codes);
    const file = await upload();
    const insuplc = b.itemId === 'enroll' ? (data.insu_admdvs ?? '') : '440981';
    const infno = b.itemId === 'enroll' ? 'ZZ01' : 'ZZ02';
    const res = await desk.k.client.submit(
      infno,
      desk.k.store.allocateMsgid(),
      data,
      [{ file_qury_no: file, matl_type: 'ZZ0203' }],
      insuplc,
    );
    expect(res.kind).toBe('refused');
    if (res.kind === 'refused') expect(res.errors.map((e) => e.field)).toContain(b.province);
  });

  it('a 材料类型 that is an internal name stops the kiosk at start-up, and the province refuses it', async () => {
    const table = structuredClone(contractDefault) as { tables: Record<string, Record<string, string>> };
    (table.tables.matl_type as Record<string, string>)['referral-proof'] = 'REFERRALPROOF';
    const parsed = parseCodeTables(table, 'bad.json');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'bad.json: table matl_type entry referral-proof: the code "REFERRALPROOF" is longer than 10 characters',
      ],
    });
    const sessionId = 'bad-matl';
    const s = await submission(BAD[7] as Bad, sessionId);
    const { data } = resolveSubmission(
      SERVICE_ITEMS['filing-long-term'],
      { ...s, answers: GOOD['filing-long-term'].answers },
      desk.identities.holder(sessionId),
      desk.codes,
    );
    const res = await desk.k.client.submit(
      'ZZ02',
      desk.k.store.allocateMsgid(),
      data,
      [{ file_qury_no: await upload(), matl_type: 'REFERRAL_PROOF' }],
      '440981',
    );
    expect(res.kind === 'refused' && res.errors.map((e) => e.field)).toEqual(['att[0].matl_type']);
  });
});

async function upload(): Promise<string> {
  const jpeg = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.alloc(64, 1),
    Buffer.from([0xff, 0xd9]),
  ]);
  const res = await desk.k.client.upload(desk.k.store.allocateMsgid(), jpeg, 'page.jpg');
  if (res.kind !== 'ok') throw new Error(`upload refused: ${JSON.stringify(res)}`);
  return String(res.output.file_qury_no);
}
