import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCodeTablesFile } from './contract-codes';
import type { FieldError } from './contract-types';
import { mod112CheckCharacter } from './id-number';
import { dateText } from './local-time';
import { seedPerson } from './persons';
import { makeQrText } from './qr-code';
import {
  enrollmentData,
  filingData,
  PROOF_BY_FIL_TYPE,
  RESIDENT_INSUPLC,
  SHENZHEN,
} from './test-submissions';
import { SERVICE_POINT, startTestProvince, type Reply, type TestProvince } from './test-kiosk';

/**
 * The simulator as a strict second reading of the contract: real signed HTTP messages from a test kiosk
 * written from the contract, valid submissions accepted, each broken rule refused with its field named.
 */
const today = (): string => dateText(Date.now());

function errorsOf(reply: Reply): Array<FieldError> {
  return (reply.body.output as { errors?: Array<FieldError> }).errors ?? [];
}

function expectRefusedOn(reply: Reply, field: string): void {
  expect(reply.status).toBe(200);
  expect(reply.body.infcode).toBe(-1);
  const errors = errorsOf(reply);
  expect(errors.map((e) => e.field)).toContain(field);
  expect(reply.body.err_msg).toBe(errors.map((e) => e.reason).join('；'));
}

function expectAccepted(reply: Reply): void {
  expect({ infcode: reply.body.infcode, err_msg: reply.body.err_msg }).toEqual({ infcode: 0, err_msg: '' });
}

let p: TestProvince;
beforeEach(async () => {
  p = await startTestProvince();
});
afterEach(async () => {
  await p.close();
});

async function zz01(
  mutate: (d: Record<string, unknown>) => void = () => {},
  env: Record<string, unknown> = {},
): Promise<Reply> {
  const d = enrollmentData(await p.kiosk.upload());
  mutate(d);
  return p.kiosk.send('ZZ01', { data: d }, { insuplc_admdvs: d.insu_admdvs, ...env });
}

async function zz02(
  filType: string,
  mutate: (d: Record<string, unknown>) => void = () => {},
  env: Record<string, unknown> = {},
): Promise<Reply> {
  const ids: Array<string> = [];
  for (const _ of PROOF_BY_FIL_TYPE[filType] ?? []) ids.push(await p.kiosk.upload());
  const d = filingData(filType, ids, today());
  mutate(d);
  return p.kiosk.send('ZZ02', { data: d }, { insuplc_admdvs: RESIDENT_INSUPLC, ...env });
}

describe('valid submissions', () => {
  it('ZZ01 with its 居民身份证 page uploaded first is accepted', async () => {
    const reply = await zz01();
    expectAccepted(reply);
    expect(reply.body.output).toMatchObject({ acp_stas: '1' });
  });

  it.each(['01', '02', '03', '04', '05'])(
    'ZZ02 of fil_type %s with its proof uploaded first is accepted',
    async (filType) => {
      const reply = await zz02(filType);
      expectAccepted(reply);
      expect(reply.body.output).toMatchObject({ begndate: today(), acp_stas: '2' });
    },
  );

  it('ZZ02 with a 个人承诺书 instead of proof (promise_flag 1) needs no att', async () => {
    expectAccepted(await zz02('02', (d) => Object.assign(d, { promise_flag: '1', att: [] })));
  });

  it('accepts an area-code landline, full bank details and an agent', async () => {
    const guardian = seedPerson('employee-insured');
    const reply = await zz01((d) =>
      Object.assign(d, {
        tel: '0668-2281234',
        bank_acct_name: '张伟',
        bank_name: '102',
        bank_acct: '6222021234567890123',
        agnter_name: guardian.name,
        agnter_cert_type: '01',
        agnter_certno: guardian.certno,
        agnter_tel: '02087654321',
        agnter_rlts: '3',
      }),
    );
    expectAccepted(reply);
  });
});

/** A 2023 外国人永久居留身份证 number: 9, 受理地 44, nationality 840, birth date, sequence, gender, check. */
function foreignerNumber(birth: string, genderDigit: number): string {
  const body = `944840${birth.replaceAll('-', '')}01${genderDigit}`;
  return `${body}${mod112CheckCharacter(body)}`;
}

describe('texts are stored and returned exactly as sent', () => {
  it('keeps inner spaces of a foreign name and returns it by 1101 unchanged', async () => {
    const certno = foreignerNumber('1990-01-01', 1);
    const reply = await zz01((d) =>
      Object.assign(d, {
        psn_cert_type: '07',
        certno,
        psn_name: 'ZHANG SAN',
        gend: '1',
        brdy: '1990-01-01',
        naty: '98',
      }),
    );
    expectAccepted(reply);
    expect(p.sim.control.cases()[0]?.data.psn_name).toBe('ZHANG SAN');
    const query = await p.kiosk.send('1101', {
      data: {
        mdtrt_cert_type: '02',
        mdtrt_cert_no: certno,
        card_sn: '',
        begntime: '',
        psn_cert_type: '07',
        certno,
        psn_name: 'ZHANG SAN',
      },
    });
    expectAccepted(query);
    expect(query.body.output).toMatchObject({ baseinfo: { psn_name: 'ZHANG SAN', psn_cert_type: '07' } });
  });

  it('stores 䶮 and 𬌗 in names and addresses, and untrimmed spaces, exactly', async () => {
    const addr = ' 广东省高州市𬌗村  一巷 ';
    expectAccepted(await zz01((d) => Object.assign(d, { psn_name: '张䶮', hsreg_addr: addr })));
    expect(p.sim.control.cases()[0]?.data).toMatchObject({ psn_name: '张䶮', hsreg_addr: addr });
  });

  it('counts characters, not UTF-16 units: a name of 50 𬌗 is accepted', async () => {
    expectAccepted(await zz01((d) => Object.assign(d, { psn_name: '𬌗'.repeat(50) })));
  });
});

type Bad = Readonly<{
  what: string;
  field: string;
  send: () => Promise<Reply>;
}>;

const BAD: ReadonlyArray<Bad> = [
  {
    what: "psn_idet_type 'unemployed-adult'",
    field: 'psn_idet_type',
    send: () => zz01((d) => (d.psn_idet_type = 'unemployed-adult')),
  },
  {
    what: "psn_idet_type '15' (not in the table)",
    field: 'psn_idet_type',
    send: () => zz01((d) => (d.psn_idet_type = '15')),
  },
  { what: "subs_type 'none'", field: 'subs_type', send: () => zz01((d) => (d.subs_type = 'none')) },
  {
    what: "bank_name 'ICBC'",
    field: 'bank_name',
    send: () =>
      zz01((d) =>
        Object.assign(d, { bank_acct_name: '张伟', bank_name: 'ICBC', bank_acct: '6222021234567890123' }),
      ),
  },
  {
    what: "att matl_type 'ID_OR_HUKOU'",
    field: 'att[0].matl_type',
    send: () => zz01((d) => ((d.att as Array<Record<string, string>>)[0]!.matl_type = 'ID_OR_HUKOU')),
  },
  {
    what: "ZZ02 att matl_type 'REFERRAL_PROOF'",
    field: 'att[0].matl_type',
    send: () =>
      zz02('04', (d) => ((d.att as Array<Record<string, string>>)[0]!.matl_type = 'REFERRAL_PROOF')),
  },
  {
    what: 'matl_type over 10 characters',
    field: 'att[0].matl_type',
    send: () => zz01((d) => ((d.att as Array<Record<string, string>>)[0]!.matl_type = 'ZZ01010000X')),
  },
  {
    what: "matl_type 'ZZ0301' (short but not in the table)",
    field: 'att[0].matl_type',
    send: () => zz01((d) => ((d.att as Array<Record<string, string>>)[0]!.matl_type = 'ZZ0301')),
  },
  { what: 'gend as a word', field: 'gend', send: () => zz01((d) => (d.gend = 'male')) },
  { what: "naty '57'", field: 'naty', send: () => zz01((d) => (d.naty = '57')) },
  { what: 'insutype 391', field: 'insutype', send: () => zz02('02', (d) => (d.insutype = '391')) },
  { what: "fil_type '06'", field: 'fil_type', send: () => zz02('02', (d) => (d.fil_type = '06')) },
  { what: "promise_flag 'Y'", field: 'promise_flag', send: () => zz02('02', (d) => (d.promise_flag = 'Y')) },
  {
    what: "agnter_rlts 'parent'",
    field: 'agnter_rlts',
    send: () => {
      const g = seedPerson('employee-insured');
      return zz01((d) =>
        Object.assign(d, {
          agnter_name: g.name,
          agnter_cert_type: '01',
          agnter_certno: g.certno,
          agnter_tel: '13711112222',
          agnter_rlts: 'parent',
        }),
      );
    },
  },
  {
    what: "agnter_cert_type 'ID_CARD'",
    field: 'agnter_cert_type',
    send: () => {
      const g = seedPerson('employee-insured');
      return zz01((d) =>
        Object.assign(d, {
          agnter_name: g.name,
          agnter_cert_type: 'ID_CARD',
          agnter_certno: g.certno,
          agnter_tel: '13711112222',
          agnter_rlts: '3',
        }),
      );
    },
  },
  { what: 'a partial agent', field: 'agnter_certno', send: () => zz01((d) => (d.agnter_name = '林建华')) },
  {
    what: 'bank_acct without name and bank: bank_name',
    field: 'bank_name',
    send: () => zz01((d) => (d.bank_acct = '6222021234567890123')),
  },
  {
    what: 'bank_acct without name and bank: bank_acct_name',
    field: 'bank_acct_name',
    send: () => zz01((d) => (d.bank_acct = '6222021234567890123')),
  },
  {
    what: 'bank_acct of 9 digits',
    field: 'bank_acct',
    send: () =>
      zz01((d) => Object.assign(d, { bank_acct_name: '张伟', bank_name: '102', bank_acct: '622202123' })),
  },
  {
    what: 'psn_name of 51 characters',
    field: 'psn_name',
    send: () => zz01((d) => (d.psn_name = '张'.repeat(51))),
  },
  { what: 'psn_name of only spaces', field: 'psn_name', send: () => zz01((d) => (d.psn_name = '   ')) },
  {
    what: 'hsreg_addr of 201 characters',
    field: 'hsreg_addr',
    send: () => zz01((d) => (d.hsreg_addr = '址'.repeat(201))),
  },
  { what: 'addr of 201 characters', field: 'addr', send: () => zz01((d) => (d.addr = '址'.repeat(201))) },
  {
    what: 'insu_addr of 201 characters',
    field: 'insu_addr',
    send: () => zz02('02', (d) => (d.insu_addr = '址'.repeat(201))),
  },
  {
    what: 'memo of 501 characters',
    field: 'memo',
    send: () => zz02('02', (d) => (d.memo = '注'.repeat(501))),
  },
  {
    what: 'reflin_medins_name of 51 characters',
    field: 'reflin_medins_name',
    send: () => zz02('04', (d) => (d.reflin_medins_name = '院'.repeat(51))),
  },
  {
    what: '转诊 without 转往医疗机构',
    field: 'reflin_medins_name',
    send: () => zz02('04', (d) => (d.reflin_medins_name = '')),
  },
  { what: 'tel of 10 digits', field: 'tel', send: () => zz01((d) => (d.tel = '1380013800')) },
  { what: 'tel starting 12', field: 'tel', send: () => zz02('02', (d) => (d.tel = '12345678901')) },
  { what: 'tel with spaces', field: 'tel', send: () => zz01((d) => (d.tel = '138 0013 8000')) },
  { what: 'a number instead of a text', field: 'tel', send: () => zz01((d) => (d.tel = 13800138000)) },
  { what: 'certno checksum', field: 'certno', send: () => zz01((d) => (d.certno = '440981199501231511')) },
  {
    what: 'certno with a leading space',
    field: 'certno',
    send: () => zz01((d) => (d.certno = ` ${String(d.certno)}`)),
  },
  { what: 'brdy not the number’s', field: 'brdy', send: () => zz01((d) => (d.brdy = '1995-01-24')) },
  {
    what: '居住证 number under psn_cert_type 01',
    field: 'certno',
    send: () => zz02('02', (d) => (d.certno = seedPerson('tw-resident-insured').certno)),
  },
  {
    what: 'ZZ02 with empty insuplc_admdvs',
    field: 'insuplc_admdvs',
    send: () => zz02('02', () => {}, { insuplc_admdvs: '' }),
  },
  {
    what: 'ZZ02 with a wrong insuplc_admdvs',
    field: 'insuplc_admdvs',
    send: () => zz02('02', () => {}, { insuplc_admdvs: '440902' }),
  },
  {
    what: 'ZZ02 to a place in the 参保地’s city',
    field: 'mdtrtarea_admdvs',
    send: () => zz02('03', (d) => (d.mdtrtarea_admdvs = '440902')),
  },
  {
    what: 'ZZ01 with insuplc_admdvs ≠ insu_admdvs',
    field: 'insuplc_admdvs',
    send: () => zz01(() => {}, { insuplc_admdvs: '440902' }),
  },
  {
    what: 'msgid of 29 characters',
    field: 'msgid',
    send: () => zz01(() => {}, { msgid: `${SERVICE_POINT.fixmedins_code}2025010112000000012` }),
  },
  {
    what: 'msgid of another service point',
    field: 'msgid',
    send: () => zz01(() => {}, { msgid: 'H44090200002202501011200000001' }),
  },
  { what: 'opter other than dev_no', field: 'opter', send: () => zz01(() => {}, { opter: 'OPERATOR1' }) },
  {
    what: 'dev_safe_info not empty',
    field: 'dev_safe_info',
    send: () => zz01(() => {}, { dev_safe_info: 'x' }),
  },
  { what: 'opter_type 1', field: 'opter_type', send: () => zz01(() => {}, { opter_type: '1' }) },
  { what: 'infver V2.0', field: 'infver', send: () => zz01(() => {}, { infver: 'V2.0' }) },
  {
    what: 'recer_sys_code other than YBXT',
    field: 'recer_sys_code',
    send: () => zz01(() => {}, { recer_sys_code: 'HIS' }),
  },
  {
    what: 'an unknown att file id',
    field: 'att[0].file_qury_no',
    send: () => zz01((d) => ((d.att as Array<Record<string, string>>)[0]!.file_qury_no = '440000F00')),
  },
];

describe('bad submissions are refused with the field named', () => {
  it.each(BAD)('$what → $field', async ({ field, send }) => {
    const reply = await send();
    if (process.env.SHOW_REASONS) console.log(field, '=>', reply.body.err_msg);
    expectRefusedOn(reply, field);
  });

  it('reports every problem of a message at once', async () => {
    const reply = await zz01((d) =>
      Object.assign(d, { psn_idet_type: 'unemployed-adult', subs_type: 'none', tel: '123' }),
    );
    expect(errorsOf(reply).map((e) => e.field)).toEqual(
      expect.arrayContaining(['psn_idet_type', 'subs_type', 'tel']),
    );
    expect(reply.body.err_msg.split('；')).toHaveLength(errorsOf(reply).length);
  });

  it('refuses a ZZ02 for a person not insured in that insutype as a business refusal', async () => {
    const reply = await zz02('02', (d) => (d.insutype = '310'), { insuplc_admdvs: '' });
    expect(reply.body).toMatchObject({
      infcode: -1,
      err_msg: '该人员未参保或参保状态异常，不能办理异地就医备案',
    });
  });

  it('refuses a ZZ02 begndate more than 6 months back', async () => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() - 7);
    expectRefusedOn(await zz02('02', (x) => (x.begndate = d.toISOString().slice(0, 10))), 'begndate');
  });

  it('refuses a wrong cainfo', async () => {
    const d = enrollmentData(await p.kiosk.upload());
    const reply = await p.kiosk.send(
      'ZZ01',
      { data: d },
      { insuplc_admdvs: '440981', cainfo: p.kiosk.sign({ other: 1 }) },
    );
    expectRefusedOn(reply, 'cainfo');
  });
});

describe('9101 文件上传', () => {
  const upload = (fields: Record<string, unknown>): Promise<Reply> =>
    p.kiosk.send('9101', {
      fsUploadIn: {
        in: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]).toString('base64'),
        filename: 'p.jpg',
        fixmedins_code: SERVICE_POINT.fixmedins_code,
        ...fields,
      },
    });

  it.each([
    [
      'a data: prefix',
      { in: `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff]).toString('base64')}` },
      'in',
    ],
    [
      'line breaks',
      {
        in: `${Buffer.alloc(60, 0xff).toString('base64').slice(0, 40)}\n${Buffer.alloc(60, 0xff).toString('base64').slice(40)}`,
      },
      'in',
    ],
    ['not a JPEG', { in: Buffer.from('GIF89a....').toString('base64') }, 'in'],
    [
      'over 2 MiB',
      {
        in: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(2 * 1024 * 1024)]).toString(
          'base64',
        ),
      },
      'in',
    ],
    ['an upper-case .JPG', { filename: 'p.JPG' }, 'filename'],
    ['a filename of 201 characters', { filename: `${'页'.repeat(197)}.jpg` }, 'filename'],
    ['another service point', { fixmedins_code: 'H44090200002' }, 'fixmedins_code'],
  ])('refuses %s', async (_what, fields, field) => {
    expectRefusedOn(await upload(fields), field);
  });

  it('accepts a filename of 200 characters', async () => {
    expectAccepted(await upload({ filename: `${'页'.repeat(196)}.jpg` }));
  });
});

describe('reads', () => {
  const ec01 = (qr: string, businessType = '01101'): Promise<Reply> =>
    p.kiosk.send('EC01', {
      data: {
        ecQrCode: qr,
        businessType,
        deviceType: 'SelfService',
        orgId: SERVICE_POINT.fixmedins_code,
        operatorId: SERVICE_POINT.dev_no,
        operatorName: SERVICE_POINT.opter_name,
        officeId: SERVICE_POINT.fixmedins_code,
        officeName: SERVICE_POINT.fixmedins_name,
      },
    });

  it('EC01 resolves a QR code to an ecToken that 1101 accepts once', async () => {
    const person = seedPerson('resident-insured');
    const qr = await ec01(makeQrText(person.psnNo as string, p.sim.control.now()));
    expectAccepted(qr);
    const out = qr.body.output as { ecToken: string; idNo: string; insuOrg: string };
    expect(out).toMatchObject({ idNo: person.certno, insuOrg: RESIDENT_INSUPLC });
    expect(out.ecToken).toHaveLength(40);
    const by = (token: string): Promise<Reply> =>
      p.kiosk.send('1101', {
        data: {
          mdtrt_cert_type: '01',
          mdtrt_cert_no: token,
          card_sn: '',
          begntime: '',
          psn_cert_type: '01',
          certno: '',
          psn_name: '',
        },
      });
    const first = await by(out.ecToken);
    expectAccepted(first);
    expect(first.body.output).toMatchObject({
      insuinfo: [{ insutype: '390', insuplc_admdvs: RESIDENT_INSUPLC }],
    });
    expectRefusedOn(await by(out.ecToken), 'mdtrt_cert_no');
  });

  it('EC01 refuses a businessType other than 01101 and a QR text with a trailing CR', async () => {
    const qr = makeQrText(seedPerson('resident-insured').psnNo as string, p.sim.control.now());
    expectRefusedOn(await ec01(qr, '01102'), 'businessType');
    expectRefusedOn(await ec01(`${qr}\r`), 'ecQrCode');
  });

  it('1101 of a person the province does not know', async () => {
    const u = seedPerson('unknown-adult');
    const reply = await p.kiosk.send('1101', {
      data: {
        mdtrt_cert_type: '02',
        mdtrt_cert_no: u.certno,
        card_sn: '',
        begntime: '',
        psn_cert_type: '01',
        certno: u.certno,
        psn_name: u.name,
      },
    });
    expect(reply.body).toMatchObject({ infcode: -1, err_msg: '未查询到参保信息' });
  });

  it('ZZ03 and ZZ04 answer about the accepted case', async () => {
    const sent = await zz01();
    expectAccepted(sent);
    const sn = (sent.body.output as { trt_dcla_detl_sn: string }).trt_dcla_detl_sn;
    const status = await p.kiosk.send('ZZ03', { data: { trt_dcla_detl_sn: sn } });
    expect(status.body.output).toMatchObject({ trt_dcla_detl_sn: sn, acp_stas: '1' });
    const ledger = await p.kiosk.send('ZZ04', {
      data: {
        dev_no: SERVICE_POINT.dev_no,
        begndate: today(),
        enddate: today(),
        page_num: 1,
        page_size: 500,
      },
    });
    expect(ledger.body.output).toMatchObject({
      total: 1,
      list: [{ infno: 'ZZ01', trt_dcla_detl_sn: sn, certno_mask: '4409**********1510' }],
    });
  });
});

describe('another province’s code tables', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zizhu-codes-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts the codes of a code-table file instead of the defaults', async () => {
    const file = join(dir, 'second-province.json');
    writeFileSync(file, JSON.stringify({ psn_idet_type: ['21', '22', '29'], bank_name: ['001', '002'] }));
    await p.close();
    p = await startTestProvince({ codeTablesFile: file });
    expectAccepted(await zz01((d) => (d.psn_idet_type = '21')));
    expectRefusedOn(await zz01((d) => (d.psn_idet_type = '14')), 'psn_idet_type');
    expectRefusedOn(
      await zz01((d) =>
        Object.assign(d, { bank_acct_name: '张伟', bank_name: '102', bank_acct: '6222021234567890123' }),
      ),
      'bank_name',
    );
    expect([...p.sim.control.codeTables().subs_type]).toEqual(['0', '1', '2', '9']); // not listed: default kept
  });

  it('refuses a file with an unknown field at start-up', () => {
    const file = join(dir, 'typo.json');
    writeFileSync(file, JSON.stringify({ psn_idet_typ: ['21'] }));
    expect(() => loadCodeTablesFile(file)).toThrow(/unknown coded field psn_idet_typ/);
  });
});

describe('ZZ02 参保地', () => {
  it('is the one the province holds, also for 职工医保 (employee-insured, 茂南区)', async () => {
    const e = seedPerson('employee-insured');
    const id = await p.kiosk.upload();
    const d = {
      ...filingData('03', [id], today()),
      certno: e.certno,
      psn_name: e.name,
      insutype: '310',
      mdtrtarea_admdvs: SHENZHEN,
    };
    expectAccepted(await p.kiosk.send('ZZ02', { data: d }, { insuplc_admdvs: '440902' }));
  });
});
