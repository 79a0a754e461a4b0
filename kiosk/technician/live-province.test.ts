import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../api/events';
import { dispatch } from '../../api/dispatch';
import type { TechArgsOf, TechMethod, TechResultOf } from '../../api/technician-contract';
import { setAdminPin } from '../../config/set-admin-pin';
import type { IdentityPerson } from '../../flows/identity';
import { generateDevCredentials, simClientFor } from '../../province-sim/dev-credentials';
import { startProvinceSimulator, type RunningSimulator } from '../../province-sim/server';
import { filingSubmission, promisePageBase64 } from '../../tests/support/core-under-host';
import { DEV_ADMIN_PIN } from '../demo/dev-admin-pins';
import { startKiosk, type RunningKiosk } from '../start-kiosk';
import { demoSettingsIn } from '../../tests/support/demo-settings';

/**
 * Settings that used to wait for the next start now apply while the kiosk runs: the provincial endpoint and
 * its secrets (the sync worker's next delivery goes to the new province, signed with the new key) and a PIN
 * written by `npm run admin -- set-pin`.
 */

let kiosk: RunningKiosk | null = null;
let second: RunningSimulator | null = null;
let configPath = '';

afterEach(async () => {
  await kiosk?.close();
  await second?.close();
  kiosk = null;
  second = null;
});

async function startDemoKiosk(env: Record<string, string> = {}): Promise<RunningKiosk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-live-province-'));
  const loaded = demoSettingsIn(dataDir, env);
  configPath = loaded.configPath;
  kiosk = await startKiosk(loaded.settings, 'browser-host', loaded.configPath);
  return kiosk;
}

async function technician(k: RunningKiosk) {
  const unlocked = await k.handlers['adminGate.unlock']({ role: 'technician', pin: DEV_ADMIN_PIN });
  if (!unlocked.ok) throw new Error('the development PIN should unlock a demo kiosk');
  const token = unlocked.adminToken;
  return async <M extends TechMethod>(
    method: M,
    args: Omit<TechArgsOf<M>, 'adminToken'>,
  ): Promise<TechResultOf<M>> => {
    const r = await dispatch(k.handlers, method, { ...args, adminToken: token });
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as TechResultOf<M>;
  };
}

/** A resident's 长期居住 备案 through the resident handlers, as the wizard makes it. */
async function submitCase(k: RunningKiosk): Promise<string> {
  const sessionId = `s-${randomUUID()}`;
  const card = new Promise<IdentityPerson>((resolve) =>
    k.events.subscribe((e: KioskEvent) => {
      if (e.type === 'identity.card') resolve(e.person);
    }),
  );
  await k.sim?.['sim.presentCard']({ cardId: 'province:resident-insured' });
  await k.handlers['identity.start']({ sessionId });
  const person = await card;
  await k.handlers['identity.stop']({ sessionId });
  await k.handlers['insured.query']({ sessionId });
  const image = await promisePageBase64();
  const photo = await k.handlers['photo.accept']({ sessionId, mime: 'image/jpeg', kind: 'promise', image });
  if (!photo.ok) throw new Error(`promise page refused: ${photo.problem}`);
  const submitted = await k.handlers['case.submit']({
    sessionId,
    submission: filingSubmission(person, photo.page),
    idempotencyKey: randomUUID(),
  });
  return submitted.acceptNo;
}

describe('identity, endpoint and secrets apply without a restart', () => {
  it(
    'a case drains to a second provincial simulator once the technician points the kiosk at it',
    {
      timeout: 90_000,
    },
    async () => {
      const k = await startDemoKiosk();
      const creds = generateDevCredentials('zizhu-second-province');
      second = await startProvinceSimulator({
        dbPath: ':memory:',
        maintenanceWindow: null,
        clients: [simClientFor(creds)],
      });
      const tech = await technician(k);

      // The new province's credentials first (the embedded one ignores them), then its address.
      expect(
        await tech('tech.replaceSecrets', {
          paasToken: creds.paasToken,
          privateKeyHex: creds.keys.privateKeyHex,
        }),
      ).toMatchObject({ saved: true });
      const { identity } = await tech('tech.kioskSettings', {});
      const saved = await tech('tech.saveKioskSettings', {
        identity: {
          ...identity,
          terminal: { ...identity.terminal, id: 'ZZ440902077', name: '粤智助-新址' },
          province: { ...identity.province, url: second.url, paasId: creds.paasId },
        },
      });
      expect(saved).toEqual({ saved: true });
      expect((await k.handlers['app.info']({})).terminalId).toBe('ZZ440902077');

      const connected = await tech('tech.connectivity', {});
      expect(connected).toMatchObject({ ok: true, url: second.url });

      const acceptNo = await submitCase(k);
      const target = second;
      await vi.waitFor(() => expect(target.control.cases().length).toBe(1), {
        timeout: 60_000,
        interval: 200,
      });
      const held = target.control.cases()[0];
      expect(held?.infno).toMatch(/^ZZ0[12]$/);
      // It went there only: nothing reached the embedded province.
      const embedded = await k.sim?.['sim.provinceCases']({});
      expect(embedded?.cases ?? []).toEqual([]);
      expect(acceptNo).toMatch(/\d{6}/);
    },
  );

  it('a saved endpoint that cannot be reached with the secrets in force is refused, not saved', async () => {
    const k = await startDemoKiosk();
    const tech = await technician(k);
    const { identity } = await tech('tech.kioskSettings', {});
    // No secrets file yet: a real endpoint cannot sign its calls.
    const r = await tech('tech.saveKioskSettings', {
      identity: { ...identity, province: { ...identity.province, url: 'http://127.0.0.1:9' } },
    });
    expect(r).toMatchObject({ saved: false, problems: [{ field: 'province.url', code: 'cannot-connect' }] });
    expect((await tech('tech.kioskSettings', {})).identity.province.url).toBe('embedded');
  });
});

describe('a PIN set while the kiosk runs', () => {
  it('works at the next unlock, and the PIN it replaced no longer does', async () => {
    const k = await startDemoKiosk();
    await setAdminPin(configPath, 'technician', '935172');
    const old = await k.handlers['adminGate.unlock']({ role: 'technician', pin: DEV_ADMIN_PIN });
    expect(old).toMatchObject({ ok: false, reason: 'wrong-pin' });
    const fresh = await k.handlers['adminGate.unlock']({ role: 'technician', pin: '935172' });
    expect(fresh).toMatchObject({ ok: true, role: 'technician' });
    // The other role still has the development PIN of the demo.
    const office = await k.handlers['adminGate.unlock']({ role: 'backOffice', pin: DEV_ADMIN_PIN });
    expect(office).toMatchObject({ ok: true, role: 'backOffice' });
  });
});

describe('settings the environment overrides', () => {
  it('are named beside their fields, for the devices and for the endpoint', async () => {
    // The kiosk reads its own process environment, as the core process does at start.
    vi.stubEnv('KIOSK_IDCARD_PORT', 'simulator');
    vi.stubEnv('KIOSK_PROVINCE_URL', 'embedded');
    try {
      const k = await startDemoKiosk({ KIOSK_IDCARD_PORT: 'simulator', KIOSK_PROVINCE_URL: 'embedded' });
      const tech = await technician(k);
      const devices = await tech('tech.devices', {});
      expect(devices.envOverrides).toMatchObject({
        'devices.idcard.port': 'KIOSK_IDCARD_PORT',
        'province.url': 'KIOSK_PROVINCE_URL',
      });
      expect(devices.envOverrides['devices.printer.port']).toBeUndefined();
      const settings = await tech('tech.kioskSettings', {});
      expect(settings.envOverrides['province.url']).toBe('KIOSK_PROVINCE_URL');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
