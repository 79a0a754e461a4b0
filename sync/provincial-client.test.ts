import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQrText } from '../province-sim/qr-code';
import { seedPerson } from '../province-sim/persons';
import { canonicalJson } from './canonical-json';
import { startHarness, TINY_JPEG, type Harness } from '../tests/support/contract-harness';
import { makeGatewayHeaders } from './gateway-signature';
import { CALL_SERVICE_PATH, ERR_MSGID_CONFLICT, type UploadOutput } from './province-types';
import { queryInsuredStatus, resolveQr } from './resident-lookups';
import { sm2Sign } from './sm2-signature';

function enrollmentData(key: string, overrides: Record<string, string> = {}): Record<string, string> {
  const p = seedPerson(key);
  return {
    psn_cert_type: p.psnCertType,
    certno: p.certno,
    psn_name: p.name,
    gend: p.gender,
    naty: p.naty,
    brdy: p.birthDate,
    tel: '13800138000',
    hsreg_admdvs: '440902',
    hsreg_addr: '广东省茂名市茂南区新坡镇新坡村1号',
    insu_admdvs: '440902',
    psn_idet_type: '19',
    subs_type: '0',
    addr: '广东省茂名市茂南区新坡镇新坡村1号',
    bank_acct_name: '',
    bank_name: '',
    bank_acct: '',
    agnter_name: '',
    agnter_cert_type: '',
    agnter_certno: '',
    agnter_tel: '',
    agnter_rlts: '',
    ...overrides,
  };
}

function filingData(key: string, overrides: Record<string, string> = {}): Record<string, string> {
  const p = seedPerson(key);
  return {
    psn_cert_type: p.psnCertType,
    certno: p.certno,
    psn_name: p.name,
    tel: '13800138000',
    insutype: p.insurances[0]?.insutype ?? '390',
    fil_type: '05',
    insu_addr: '广东省茂名市茂南区新坡镇新坡村1号',
    mdtrtarea_admdvs: '440106',
    mdtrt_addr: '广州市天河区某街道1号',
    begndate: new Date().toISOString().slice(0, 10),
    enddate: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
    reflin_medins_name: '',
    refl_rea: '',
    promise_flag: '0',
    memo: '',
    agnter_name: '',
    agnter_cert_type: '',
    agnter_certno: '',
    agnter_tel: '',
    agnter_rlts: '',
    ...overrides,
  };
}

async function upload(h: Harness): Promise<string> {
  const res = await h.client.upload(
    h.client.settings.fixmedinsCode +
      '20250101000000' +
      String(Math.floor(Math.random() * 1e4)).padStart(4, '0'),
    TINY_JPEG,
    'a-1.jpg',
  );
  if (res.kind !== 'ok') throw new Error(`upload failed: ${JSON.stringify(res)}`);
  return res.output.file_qury_no;
}

let msgSeq = 0;
function msgid(h: Harness): string {
  msgSeq++;
  return `${h.settings.fixmedinsCode}20250102${String(msgSeq).padStart(10, '0')}`;
}

function rawPost(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${CALL_SERVICE_PATH}`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Array<Buffer> = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('provincial client against the simulator (contract)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('signs in (9001) once and keeps the sign_no for later calls', async () => {
    const c = h.makeClient();
    const first = await c.signIn();
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.output.signinoutb.sign_no).toMatch(/^440000\d{24}$/);
    const before = h.sim.control.received().length;
    await queryInsuredStatus(c, {
      by: 'id-card',
      certno: seedPerson('resident-insured').certno,
      psnCertType: '01',
      name: '陈秀英',
    });
    const after = h.sim.control.received().slice(before);
    expect(after.map((e) => e.infno)).toEqual(['1101']);
  });

  it('1101 finds an insured 城乡居民, a 职工 and a suspended person, and types an unknown one as not-found', async () => {
    const resident = await queryInsuredStatus(h.client, {
      by: 'id-card',
      certno: seedPerson('resident-insured').certno,
      psnCertType: '01',
      name: '陈秀英',
    });
    expect(resident.kind).toBe('found');
    if (resident.kind === 'found') {
      expect(resident.result.baseinfo.psn_name).toBe('陈秀英');
      expect(resident.result.insuinfo[0]).toMatchObject({ insutype: '390', psn_insu_stas: '1' });
    }
    const employee = await queryInsuredStatus(h.client, {
      by: 'id-card',
      certno: seedPerson('employee-insured').certno,
      psnCertType: '01',
      name: '李建国',
    });
    expect(employee.kind === 'found' && employee.result.insuinfo[0]?.insutype).toBe('310');
    const suspended = await queryInsuredStatus(h.client, {
      by: 'id-card',
      certno: seedPerson('suspended').certno,
      psnCertType: '01',
      name: '黄志明',
    });
    expect(suspended.kind === 'found' && suspended.result.insuinfo[0]?.psn_insu_stas).toBe('2');
    const unknown = await queryInsuredStatus(h.client, {
      by: 'id-card',
      certno: seedPerson('unknown-adult').certno,
      psnCertType: '01',
      name: '张伟',
    });
    expect(unknown).toEqual({ kind: 'not-found' });
  });

  it('EC01 resolves a QR to the person and an ecToken that 1101 accepts once', async () => {
    const p = seedPerson('tw-resident-insured');
    const qr = await resolveQr(h.client, makeQrText(p.psnNo as string, h.sim.control.now()));
    expect(qr.kind).toBe('found');
    if (qr.kind !== 'found') return;
    expect(qr.person).toMatchObject({ idNo: p.certno, idType: '17', name: p.name, insuOrg: '440902' });
    expect(qr.person.ecToken).toHaveLength(40);
    const q = {
      by: 'ec-token' as const,
      ecToken: qr.person.ecToken,
      certno: qr.person.idNo,
      psnCertType: qr.person.idType,
      name: qr.person.name,
    };
    expect((await queryInsuredStatus(h.client, q)).kind).toBe('found');
    const again = await queryInsuredStatus(h.client, q);
    expect(again.kind).toBe('refused');
  });

  it('EC01 types a QR older than 120 s as qr-expired and garbage as refused', async () => {
    const p = seedPerson('resident-insured');
    expect(await resolveQr(h.client, makeQrText(p.psnNo as string, h.sim.control.now() - 121_000))).toEqual({
      kind: 'qr-expired',
    });
    expect((await resolveQr(h.client, 'not a code')).kind).toBe('refused');
  });

  it('uploads (9101), enrolls (ZZ01) and reads the status back (ZZ03)', async () => {
    const file = await upload(h);
    expect(file).toMatch(/^440000F/);
    const id = msgid(h);
    const res = await h.client.submit(
      'ZZ01',
      id,
      enrollmentData('unknown-child', { psn_idet_type: '11' }),
      [{ file_qury_no: file, matl_type: 'ZZ0101' }],
      '440902',
    );
    expect(res.kind).toBe('ok');
    if (res.kind !== 'ok') return;
    expect(res.output.acp_stas).toBe('1');
    const status = await h.client.caseStatus({ ref_msgid: id });
    expect(status.kind === 'ok' && status.output).toMatchObject({
      trt_dcla_detl_sn: res.output.trt_dcla_detl_sn,
      acp_stas: '1',
    });
    // Now insured: a second enrollment (new msgid) is a business refusal.
    const second = await h.client.submit(
      'ZZ01',
      msgid(h),
      enrollmentData('unknown-child', { psn_idet_type: '11' }),
      [{ file_qury_no: file, matl_type: 'ZZ0101' }],
      '440902',
    );
    expect(second.kind === 'refused' && second.errMsg).toContain('已参加城乡居民基本医疗保险');
  });

  it('refuses ZZ01 for a 职工 and lists every validation problem at once', async () => {
    const file = await upload(h);
    const att = [{ file_qury_no: file, matl_type: 'ZZ0101' }];
    const employee = await h.client.submit(
      'ZZ01',
      msgid(h),
      enrollmentData('employee-insured'),
      att,
      '440902',
    );
    expect(employee.kind === 'refused' && employee.errMsg).toContain('职工基本医疗保险');
    const bad = await h.client.submit(
      'ZZ01',
      msgid(h),
      enrollmentData('unknown-adult', { tel: '12345', hsreg_addr: '', gend: '2', brdy: '1995-01-24' }),
      [...att, { file_qury_no: '440000FUNKNOWN', matl_type: 'ZZ0101' }],
      '440902',
    );
    expect(bad.kind).toBe('refused');
    if (bad.kind !== 'refused') return;
    expect(bad.errors.map((e) => e.field).sort()).toEqual([
      'att[1].file_qury_no',
      'brdy',
      'gend',
      'hsreg_addr',
      'tel',
    ]);
    expect(bad.errMsg).toBe(bad.errors.map((e) => e.reason).join('；'));
  });

  it('replays a repeated msgid with the first answer and refuses it with different input', async () => {
    const file = await upload(h);
    const id = msgid(h);
    const data = filingData('resident-insured', { memo: 'replay' });
    const att = [{ file_qury_no: file, matl_type: 'ZZ0206' }];
    const a = await h.client.submit('ZZ02', id, data, att, '440981');
    const b = await h.client.submit('ZZ02', id, data, att, '440981');
    expect(a.kind).toBe('ok');
    expect(b.kind === 'ok' && a.kind === 'ok' && [b.infRefmsgid, b.output]).toEqual(
      a.kind === 'ok' ? [a.infRefmsgid, a.output] : null,
    );
    const c = await h.client.submit('ZZ02', id, { ...data, memo: 'changed' }, att, '440981');
    expect(c.kind === 'refused' && c.errMsg).toBe(ERR_MSGID_CONFLICT);
    expect(h.sim.control.cases().filter((x) => x.ref_msgid === id)).toHaveLength(1);
  });

  it('signs in again when the province says the sign-in lapsed, resending the same msgid', async () => {
    const c = h.makeClient();
    expect((await c.signIn()).kind).toBe('ok');
    h.sim.control.expireSignIns();
    const mark = h.sim.control.received().at(-1)?.seq ?? 0;
    const id = msgid(h);
    const res = await c.caseStatus({ trt_dcla_detl_sn: 'none' });
    expect(res.kind).toBe('refused'); // 未查询到受理信息, after a transparent re-sign
    const file = await c.upload(id, TINY_JPEG, 'x.jpg');
    expect(file.kind).toBe('ok');
    const log = h.sim.control.received(mark);
    expect(log.map((e) => `${e.infno}:${e.outcome}`)).toEqual([
      'ZZ03:sign-in-expired',
      '9001:answered',
      'ZZ03:answered',
      '9101:answered',
    ]);
  });

  it('ZZ02: 待审核 becomes 审核通过 or 审核不通过 after the review delay', async () => {
    h.sim.control.setReview({ delayMs: 60_000, outcome: 'reject' });
    const file = await upload(h);
    const id = msgid(h);
    const res = await h.client.submit(
      'ZZ02',
      id,
      filingData('resident-insured', { memo: 'review' }),
      [{ file_qury_no: file, matl_type: 'ZZ0206' }],
      '440981',
    );
    expect(res.kind === 'ok' && res.output.acp_stas).toBe('2');
    expect((await h.client.caseStatus({ ref_msgid: id })).kind === 'ok').toBe(true);
    h.sim.control.setClockOffset(61_000);
    const later = await h.makeClient({}, () => Date.now() + 61_000).caseStatus({ ref_msgid: id });
    h.sim.control.setClockOffset(0);
    h.sim.control.setReview({ outcome: 'approve' });
    expect(later.kind === 'ok' && later.output).toMatchObject({
      acp_stas: '9',
      rejt_rea: '上传材料不清晰，请重新提交',
    });
  });

  it('ZZ02 business refusals: not insured, a recent long-stay 备案, 转诊 without hospital, begndate too old', async () => {
    const file = await upload(h);
    const att = [{ file_qury_no: file, matl_type: 'ZZ0203' }];
    const notInsured = await h.client.submit('ZZ02', msgid(h), filingData('suspended'), att);
    expect(notInsured.kind === 'refused' && notInsured.errMsg).toContain('未参保');
    const recent = await h.client.submit(
      'ZZ02',
      msgid(h),
      filingData('retired-with-filing', { fil_type: '03', enddate: '' }),
      att,
      '440902', // the person's 参保地 as the province holds it
    );
    expect(recent.kind === 'refused' && recent.errMsg).toContain('一年内已变更');
    const referral = await h.client.submit(
      'ZZ02',
      msgid(h),
      filingData('resident-insured', { fil_type: '04', refl_rea: '病情需要' }),
      att,
      '440981',
    );
    expect(referral.kind === 'refused' && referral.errors.map((e) => e.field)).toEqual([
      'reflin_medins_name',
    ]);
    const old = await h.client.submit(
      'ZZ02',
      msgid(h),
      filingData('resident-insured', { begndate: '2020-01-01' }),
      att,
      '440981',
    );
    expect(old.kind === 'refused' && old.errors.map((e) => e.field)).toEqual(['begndate']);
  });

  it('ZZ04 pages through what the province holds from this terminal', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const all = await h.client.reconcile({ begndate: today, enddate: today, page_num: 1, page_size: 500 });
    expect(all.kind).toBe('ok');
    if (all.kind !== 'ok') return;
    expect(all.output.total).toBeGreaterThanOrEqual(3);
    const page2 = await h.client.reconcile({ begndate: today, enddate: today, page_num: 2, page_size: 2 });
    expect(page2.kind === 'ok' && page2.output.list).toEqual(all.output.list.slice(2, 4));
    expect(all.output.list[0]?.certno_mask).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const tooBig = await h.client.reconcile({ begndate: today, enddate: today, page_num: 1, page_size: 501 });
    expect(tooBig.kind === 'refused' && tooBig.errors.map((e) => e.field)).toEqual(['page_size']);
  });

  it('classifies gateway and transport failures', async () => {
    expect((await h.makeClient({ paasToken: 'wrong' }).signIn()).kind).toBe('auth');
    h.sim.control.setFaults({ outage: true, unavailableRetryAfterSeconds: 7 });
    expect(await h.client.caseStatus({ trt_dcla_detl_sn: 'x' })).toMatchObject({
      kind: 'retryable',
      reason: 'unavailable',
      retryAfterMs: 7000,
    });
    h.sim.control.setFaults({ outage: false, throttleRate: 1, throttleRetryAfterSeconds: 2 });
    expect(await h.client.caseStatus({ trt_dcla_detl_sn: 'x' })).toMatchObject({
      kind: 'retryable',
      reason: 'throttled',
      retryAfterMs: 2000,
    });
    h.sim.control.setFaults({ throttleRate: 0, serverErrorRate: 1 });
    expect(await h.client.caseStatus({ trt_dcla_detl_sn: 'x' })).toMatchObject({
      kind: 'retryable',
      reason: 'server-error',
      httpStatus: 500,
    });
    h.sim.control.setFaults({ serverErrorRate: 0, hangRate: 1 });
    const hung = await h.makeClient({ uiTimeoutMs: 300 }).call('1101', { data: {} }, { timeoutMs: 300 });
    expect(hung).toMatchObject({ kind: 'retryable', reason: 'timeout' });
    h.sim.control.setFaults({ hangRate: 0, maintenanceNow: true });
    expect(
      await queryInsuredStatus(h.client, { by: 'id-card', certno: '1', psnCertType: '01', name: 'x' }),
    ).toEqual({ kind: 'unreachable', reason: 'unavailable' });
    h.sim.control.reset();
    const other = await startHarness();
    const wrongKey = h.makeClient({ keys: other.creds.keys });
    const bad = await wrongKey.caseStatus({ trt_dcla_detl_sn: 'x' });
    await other.close();
    expect(bad.kind === 'refused' && bad.errMsg).toBe('数字签名验证失败');
  });

  it('gateway: refuses skewed timestamps and reused nonces (401), oversized bodies (413), non-JSON bodies (infcode -1)', async () => {
    const { paasId, paasToken } = h.creds;
    const old = makeGatewayHeaders(paasId, paasToken, Date.now() - 301_000);
    expect((await rawPost(h.sim.url, '{}', { ...old })).status).toBe(401);
    const fresh = makeGatewayHeaders(paasId, paasToken, Date.now());
    const first = await rawPost(h.sim.url, 'not json', { ...fresh });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ infcode: -1 });
    expect((await rawPost(h.sim.url, 'not json', { ...fresh })).status).toBe(401);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    expect(
      (await rawPost(h.sim.url, big, { ...makeGatewayHeaders(paasId, paasToken, Date.now()) })).status,
    ).toBe(413);
    const badUtf8 = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const r = await rawPost(h.sim.url, badUtf8, { ...makeGatewayHeaders(paasId, paasToken, Date.now()) });
    expect([r.status, JSON.parse(r.body).infcode]).toEqual([200, -1]);
  });

  it('refuses an envelope that breaks the rules, naming each field', async () => {
    const { paasId, paasToken, keys } = h.creds;
    const input = { data: { ref_msgid: 'x' } };
    const env = {
      infno: 'ZZ03',
      msgid: 'SHORT',
      mdtrtarea_admvs: '4409',
      insuplc_admdvs: '',
      recer_sys_code: 'YBXT',
      dev_no: 'D1',
      dev_safe_info: 'x',
      cainfo: sm2Sign(canonicalJson(input), keys),
      signtype: 'SM2',
      infver: 'V1.0',
      opter_type: '2',
      opter: 'D2',
      opter_name: 'n',
      inf_time: '2025-01-01 00:00:00',
      fixmedins_code: h.settings.fixmedinsCode,
      fixmedins_name: 'n',
      sign_no: '',
      input,
    };
    const r = await rawPost(h.sim.url, JSON.stringify(env), {
      ...makeGatewayHeaders(paasId, paasToken, Date.now()),
    });
    const body = JSON.parse(r.body) as { infcode: number; output: { errors: Array<{ field: string }> } };
    expect(body.infcode).toBe(-1);
    expect(new Set(body.output.errors.map((e) => e.field))).toEqual(
      new Set(['msgid', 'mdtrtarea_admvs', 'dev_safe_info', 'opter']),
    );
  });

  it('rejects a non-JPEG or badly encoded upload with reasons', async () => {
    const res = await h.client.call<UploadOutput>('9101', {
      fsUploadIn: { in: 'data:image/jpeg;base64,AAAA', filename: 'a.JPG', fixmedins_code: 'OTHER0000000' },
    });
    expect(res.kind === 'refused' && res.errors.map((e) => e.field).sort()).toEqual([
      'filename',
      'fixmedins_code',
      'in',
    ]);
  });
});
