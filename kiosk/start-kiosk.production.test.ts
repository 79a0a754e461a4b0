import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { simContract } from '../api/sim-contract';
import { loadSettings } from '../config/load-settings';
import { startBrowserHost } from '../host/browser-host';
import { connectAsPage } from '../tests/support/page-client';
import { startKiosk } from './start-kiosk';

/** Records whether anything imported the demo module (the simulators and province-sim behind it). */
const demo = vi.hoisted(() => ({ loaded: false }));
vi.mock('./demo/start-demo', async (importOriginal) => {
  demo.loaded = true;
  return importOriginal();
});

/** A production kiosk whose devices are absent (nothing is opened until a resident needs it). */
function productionSettings() {
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-production-kiosk-'));
  const keyDir = join(mkdtempSync(join(tmpdir(), 'zz-production-kiosk-keys-')), 'keys');
  mkdirSync(keyDir, { mode: 0o700 });
  chmodSync(keyDir, 0o700);
  const secretsPath = join(keyDir, 'secrets.json');
  writeFileSync(
    secretsPath,
    JSON.stringify({
      paasToken: 'issued-by-the-province',
      privateKeyHex: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
    }),
    { mode: 0o600 },
  );
  const file = join(dataDir, 'settings.json');
  writeFileSync(
    file,
    JSON.stringify({
      mode: 'production',
      keys: { dataKeyPath: join(keyDir, 'data.key'), secretsPath },
      province: {
        url: 'https://127.0.0.1:9/gw',
        paasId: 'kiosk-0001',
        maintenance: { enabled: false, start: '21:30', end: '00:05' },
      },
      devices: {
        idcard: { port: '/dev/ttyZZ-absent' },
        printer: { port: 'tcp://127.0.0.1:9' },
        scanner: { mode: 'wedge' },
      },
    }),
  );
  return loadSettings({ KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: file }).settings;
}

describe('a production kiosk', () => {
  it('loads no simulator, serves no SimApi and says production in app.info', async () => {
    const kiosk = await startKiosk(productionSettings(), 'browser-host');
    const rendererDir = mkdtempSync(join(tmpdir(), 'zz-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<html><head></head></html>');
    const host = await startBrowserHost({ kiosk, rendererDir, port: 0, bind: '127.0.0.1', log: () => {} });
    const page = await connectAsPage(host.url);
    try {
      expect(kiosk.mode).toBe('production');
      expect(kiosk.sim).toBeNull();
      expect(demo.loaded).toBe(false);
      const info = await page.call('app.info', {});
      expect(info).toMatchObject({
        ok: true,
        value: {
          mode: 'production',
          simulated: { idcard: false, scanner: false, printer: false, province: false },
        },
      });
      for (const method of Object.keys(simContract)) {
        expect(await page.sim.call(method as 'sim.removeCard', {}), method).toMatchObject({
          ok: false,
          error: { code: 'unknown-method' },
        });
      }
    } finally {
      page.close();
      await host.close();
      await kiosk.close();
    }
  });

  it('without a PIN set says admin mode is disabled, in its log, and refuses every unlock', async () => {
    const settings = productionSettings();
    const kiosk = await startKiosk(settings, 'browser-host');
    try {
      const logText = readFileSync(join(settings.dataDir, 'logs', 'kiosk.log'), 'utf8');
      expect(logText).toContain('admin mode is disabled until a PIN is set');
      expect(await kiosk.handlers['adminGate.status']({})).toEqual({
        enabled: { technician: false, backOffice: false },
        lockedUntil: null,
      });
      for (const role of ['technician', 'backOffice'] as const) {
        expect(await kiosk.handlers['adminGate.unlock']({ role, pin: '147258' })).toEqual({
          ok: false,
          reason: 'disabled',
        });
      }
    } finally {
      await kiosk.close();
    }
  });

  it('refuses to start on simulated devices even when handed settings that skipped validation', async () => {
    const settings = { ...productionSettings() };
    const withSimulator = {
      ...settings,
      devices: { ...settings.devices, idcard: { ...settings.devices.idcard, port: 'simulator' } },
    };
    await expect(startKiosk(withSimulator, 'browser-host')).rejects.toThrow(
      /production mode cannot run simulated/,
    );
    expect(demo.loaded).toBe(false);
  });
});
