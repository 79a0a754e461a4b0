import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIdNumber } from '../domain/id-number';
import { startHarness, TINY_JPEG } from '../sync/contract-harness';
import { generateDevCredentials } from './dev-credentials';
import { SEED_PERSONS } from './persons';
import { makeQrText, parseQrText } from './qr-code';

describe('seed persons', () => {
  it('have valid ID numbers and cover the cases fixtures need', () => {
    for (const p of SEED_PERSONS) {
      const parsed = parseIdNumber(p.certno);
      expect(parsed.ok && parsed.value.birthDate === p.birthDate && parsed.value.gender === p.gender).toBe(
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

describe('simulator', () => {
  it('remembers msgids across a restart on the same database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-sim-'));
    const creds = generateDevCredentials();
    try {
      const dbPath = join(dir, 'province.sqlite');
      const a = await startHarness({ dbPath }, {}, creds);
      const id = `${a.settings.fixmedinsCode}202501010000000001`;
      const first = await a.client.upload(id, TINY_JPEG, 'p.jpg');
      await a.close();
      const b = await startHarness({ dbPath }, {}, creds);
      const again = await b.client.upload(id, TINY_JPEG, 'p.jpg');
      expect(b.sim.control.received().map((e) => e.outcome)).toEqual(['answered', 'replayed']); // 9001, then the replay
      await b.close();
      expect(
        first.kind === 'ok' && again.kind === 'ok' && again.output.file_qury_no === first.output.file_qury_no,
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 with Retry-After until the end of the nightly window', async () => {
    const at2200 = Date.UTC(2025, 0, 2, 14, 0); // 22:00 China time
    const h = await startHarness(
      { maintenanceWindow: { start: '21:30', end: '00:05', restartSpreadMs: 0 }, now: () => at2200 },
      {},
      undefined,
    );
    const res = await h.makeClient({}, () => at2200).signIn();
    await h.close();
    expect(res).toMatchObject({ kind: 'retryable', reason: 'unavailable', retryAfterMs: 125 * 60_000 });
  });

  it('is controlled over HTTP: faults, received log, held cases', async () => {
    const h = await startHarness();
    try {
      const post = async (body: unknown): Promise<unknown> =>
        (await fetch(`${h.sim.url}/__control`, { method: 'POST', body: JSON.stringify(body) })).json();
      expect(await post({ faults: { outage: true } })).toMatchObject({ faults: { outage: true } });
      expect((await h.client.signIn()).kind).toBe('retryable');
      await post({ action: 'reset' });
      expect((await h.client.signIn()).kind).toBe('ok');
      const received = (await (await fetch(`${h.sim.url}/__control/received`)).json()) as Array<{
        outcome: string;
      }>;
      expect(received.map((e) => e.outcome)).toEqual(['outage', 'answered']);
      expect(await (await fetch(`${h.sim.url}/__control/cases`)).json()).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
