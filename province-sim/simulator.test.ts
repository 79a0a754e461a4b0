import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sm2 } from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { generateDevCredentials } from './dev-credentials';
import { checkDocumentNumber } from './id-number';
import { SEED_PERSONS } from './persons';
import { makeQrText, parseQrText } from './qr-code';
import { verifyCainfo } from './sm2-verify';
import { SERVICE_POINT, startTestProvince, TINY_JPEG } from './test-kiosk';

describe('seed persons', () => {
  it('have valid document numbers and cover the cases fixtures need', () => {
    for (const p of SEED_PERSONS) {
      const checked = checkDocumentNumber(p.certno, '2026-01-01');
      expect(checked.ok && checked.value.birthDate === p.birthDate && checked.value.gender === p.gender).toBe(
        true,
      );
    }
    const stas = SEED_PERSONS.flatMap((p) => p.insurances.map((i) => `${i.insutype}:${i.psn_insu_stas}`));
    expect(stas).toEqual(expect.arrayContaining(['390:1', '310:1', '390:2']));
    expect(SEED_PERSONS.some((p) => p.psnNo === null)).toBe(true);
  });
});

describe('QR text', () => {
  it('round-trips and rejects tampering', () => {
    const text = makeQrText('44000000000000000101', 1_700_000_000_000);
    expect(parseQrText(text)).toEqual({
      ok: true,
      psnNo: '44000000000000000101',
      issuedAtMs: 1_700_000_000_000,
    });
    expect(parseQrText(text.replace('0101', '0102'))).toEqual({ ok: false });
    expect(parseQrText(text, 'other secret')).toEqual({ ok: false });
  });
});

describe('canonical JSON and cainfo', () => {
  it('sorts keys recursively, writes no whitespace and escapes as JSON does', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 'x y' }], a: '"䶮"\n', u: undefined })).toBe(
      '{"a":"\\"䶮\\"\\n","b":[{"c":"x y","d":1}]}',
    );
  });

  it('verifies what sm-crypto signs with its own SM3 hashing, and nothing else', () => {
    const creds = generateDevCredentials();
    const message = canonicalJson({ data: { psn_name: '张䶮𬌗', n: 1 } });
    const cainfo = sm2.doSignature(message, creds.keys.privateKeyHex, { hash: true });
    expect(verifyCainfo(message, cainfo, creds.keys.publicKeyHex)).toBe(true);
    expect(verifyCainfo(`${message} `, cainfo, creds.keys.publicKeyHex)).toBe(false);
    expect(verifyCainfo(message, cainfo, generateDevCredentials().keys.publicKeyHex)).toBe(false);
  });
});

describe('simulator', () => {
  it('remembers msgids across a restart on the same database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-sim-'));
    const creds = generateDevCredentials();
    try {
      const dbPath = join(dir, 'province.sqlite');
      const msgid = `${SERVICE_POINT.fixmedins_code}202501010000000001`;
      const input = {
        fsUploadIn: {
          in: TINY_JPEG.toString('base64'),
          filename: 'p.jpg',
          fixmedins_code: SERVICE_POINT.fixmedins_code,
        },
      };
      const a = await startTestProvince({ dbPath }, creds);
      const first = await a.kiosk.send('9101', input, { msgid });
      await a.close();
      const b = await startTestProvince({ dbPath }, creds);
      const again = await b.kiosk.send('9101', input, { msgid });
      const conflict = await b.kiosk.send(
        '9101',
        { fsUploadIn: { ...input.fsUploadIn, filename: 'q.jpg' } },
        { msgid },
      );
      expect(b.sim.control.received().map((e) => e.outcome)).toEqual([
        'answered',
        'replayed',
        'msgid-conflict',
      ]);
      await b.close();
      expect(first.body.infcode).toBe(0);
      expect(again.body).toEqual(first.body);
      expect(conflict.body).toMatchObject({ infcode: -1, err_msg: '报文ID重复且内容不一致' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 with Retry-After until the end of the nightly window', async () => {
    const at2200 = Date.UTC(2025, 0, 2, 14, 0); // 22:00 in Shanghai
    const sim = await startTestProvince({
      maintenanceWindow: { start: '21:30', end: '00:05', restartSpreadMs: 0 },
      now: () => at2200,
    });
    const res = await sim.kiosk.signIn();
    await sim.close();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe(String(125 * 60));
  });

  it('refuses an expired sign_no until the kiosk signs in again', async () => {
    const p = await startTestProvince();
    try {
      p.sim.control.expireSignIns();
      const input = { data: { trt_dcla_detl_sn: 'x' } };
      expect((await p.kiosk.send('ZZ03', input)).body.err_msg).toBe('签到信息已失效，请重新签到');
      await p.kiosk.signIn();
      expect((await p.kiosk.send('ZZ03', input)).body.err_msg).toBe('未查询到受理信息');
    } finally {
      await p.close();
    }
  });

  it('is controlled over HTTP: faults, received log, held cases', async () => {
    const p = await startTestProvince();
    try {
      const post = async (body: unknown): Promise<unknown> =>
        (await fetch(`${p.sim.url}/__control`, { method: 'POST', body: JSON.stringify(body) })).json();
      expect(await post({ faults: { outage: true } })).toMatchObject({ faults: { outage: true } });
      expect((await p.kiosk.signIn()).status).toBe(503);
      await post({ action: 'reset' });
      expect((await p.kiosk.signIn()).body.infcode).toBe(0);
      const received = (await (await fetch(`${p.sim.url}/__control/received`)).json()) as Array<{
        outcome: string;
      }>;
      expect(received.map((e) => e.outcome)).toEqual(['answered', 'outage', 'answered']);
      expect(await (await fetch(`${p.sim.url}/__control/cases`)).json()).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('refuses a wrong gateway signature with HTTP 401 and a body that is not JSON with infcode -1', async () => {
    const p = await startTestProvince();
    try {
      const bad = await fetch(`${p.sim.url}/fsi/api/callService`, {
        method: 'POST',
        headers: { ...p.kiosk.gatewayHeaders(), 'x-tif-signature': '0'.repeat(64) },
        body: '{}',
      });
      expect(bad.status).toBe(401);
      const notJson = await p.kiosk.post('{"infno":');
      expect(notJson).toMatchObject({ status: 200, body: { infcode: -1 } });
    } finally {
      await p.close();
    }
  });
});
