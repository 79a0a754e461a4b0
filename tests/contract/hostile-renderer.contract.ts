import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAdminMethodName } from '../../api/admin-contract';
import { kioskContract } from '../../api/contract';
import { DEV_ADMIN_PIN } from '../../kiosk/demo/dev-admin-pins';
import { startKiosk, type RunningKiosk } from '../../kiosk/start-kiosk';
import type { TransportFactory, TransportUnderTest } from './kiosk-api.contract';
import { demoSettingsIn } from '../support/demo-settings';

/** A real demo kiosk (simulators, embedded province) on throwaway folders, its keys in a private folder. */
async function demoKiosk(): Promise<RunningKiosk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-hostile-'));
  const keys = join(mkdtempSync(join(tmpdir(), 'zz-hostile-keys-')), 'keys');
  const { settings } = demoSettingsIn(dataDir, {
    KIOSK_DATA_KEY: join(keys, 'data.key'),
    KIOSK_SECRETS: join(keys, 'secrets.json'),
  });
  return startKiosk(settings, 'browser-host');
}

/**
 * A hostile page over a real transport to the real Node side: it may call any method with any arguments, but
 * what reaches the province or the receipt is the identity the Node side read, never the page's.
 */
export function hostileRendererSuite(transport: string, factory: TransportFactory): void {
  describe(`a hostile renderer over ${transport}`, () => {
    let kiosk: RunningKiosk;
    let t: TransportUnderTest;
    beforeAll(async () => {
      kiosk = await demoKiosk();
      t = await factory({ handlers: kiosk.handlers, events: kiosk.events });
    }, 30_000);
    afterAll(async () => {
      await t.close();
      await kiosk.close();
    });

    it('cannot query 1101 for a person it names: only the one identified in the session', async () => {
      const forged = {
        source: 'idcard',
        name: '陈秀英',
        gender: 'female',
        birthDate: '1958-03-15',
        idNumber: '440981195803150427',
        docKind: 'resident',
      };
      const named = await t.api.call('insured.query', { sessionId: 'h1', person: forged } as never);
      expect(named).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(await t.api.call('insured.query', { sessionId: 'h1' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await t.api.call('identity.insurance', { sessionId: 'h1' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    });

    it('cannot submit a case without an identity, nor hand over the contract message itself', async () => {
      const submission = {
        itemId: 'filing-emergency',
        actingFor: 'self' as const,
        usedPromise: true,
        answers: { certno: '440981195803150427', psn_name: '陈秀英', fil_type: '04' },
        pages: [],
      };
      const args = { sessionId: 'h2', submission, idempotencyKey: 'b3f0c2a4-6a59-4d6b-9a51-1c1e7a2a0c11' };
      expect(await t.api.call('case.submit', args)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      const withData = { ...args, submission: { ...submission, data: { fil_type: '04' }, infno: 'ZZ02' } };
      expect(await t.api.call('case.submit', withData as never)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    });

    it('cannot read another session’s case or receipt', async () => {
      expect(await t.api.call('case.status', { sessionId: 'h3', caseId: 'anything' })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    });

    it('cannot call an admin method without an admin token, nor with a forged one', async () => {
      const forged = 'A'.repeat(43);
      for (const method of Object.keys(kioskContract).filter(isAdminMethodName)) {
        const bare = await t.api.call(method as 'admin.session', { sessionId: 'h4' } as never);
        expect(bare, method).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        const withForged = await t.api.call(method as 'admin.session', { adminToken: forged });
        expect(withForged.ok, method).toBe(false);
        // Past the schema, the Node-side gate refuses the forged token before any handler runs.
        await expect(
          (kiosk.handlers[method as 'admin.session'] as (a: unknown) => Promise<unknown>)({
            adminToken: forged,
          }),
          method,
        ).rejects.toMatchObject({ code: 'forbidden' });
      }
    });

    it('reaches admin methods only with a token from a PIN unlock, and loses them on 退出管理模式', async () => {
      expect(await t.api.call('adminGate.unlock', { role: 'technician', pin: '000000' })).toMatchObject({
        ok: true,
        value: { ok: false, reason: 'wrong-pin' },
      });
      const unlocked = await t.api.call('adminGate.unlock', { role: 'technician', pin: DEV_ADMIN_PIN });
      if (!unlocked.ok || !unlocked.value.ok) throw new Error('the development PIN did not unlock');
      const adminToken = unlocked.value.adminToken;
      expect(await t.api.call('admin.session', { adminToken })).toMatchObject({
        ok: true,
        value: { role: 'technician' },
      });
      // A back-office method with a technician's token is refused by the gate.
      for (const method of Object.keys(kioskContract).filter((m) => m.startsWith('office.'))) {
        await expect(
          (kiosk.handlers[method as 'admin.session'] as (a: unknown) => Promise<unknown>)({ adminToken }),
          method,
        ).rejects.toMatchObject({ code: 'forbidden' });
      }
      expect(await t.api.call('admin.lock', { adminToken })).toMatchObject({ ok: true });
      expect(await t.api.call('admin.session', { adminToken })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    });
  });
}
