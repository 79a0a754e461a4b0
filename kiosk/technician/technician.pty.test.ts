import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { type TechArgsOf, type TechMethod, type TechResultOf } from '../../api/technician-contract';
import { cardFixture } from '../../devices/idcard/fixtures';
import {
  startIdCardSimulator,
  type RunningIdCardSimulator,
} from '../../devices/idcard/start-id-card-simulator';
import { startTcpPrinterSimulator } from '../../devices/printer/simulator-hosts';
import { maskIdNumber } from '../../domain/id-number';
import { fixture } from '../../tests/support/media-images';
import { DEV_ADMIN_PIN } from '../demo/dev-admin-pins';
import { startKiosk, type RunningKiosk } from '../start-kiosk';
import { demoSettingsIn } from '../../tests/support/demo-settings';

/**
 * The technician's methods on a real demo kiosk (simulated devices, embedded province), with a second ID-card
 * simulator on its own socat pty pair standing in for a reader a technician plugs in.
 */

let kiosk: RunningKiosk | null = null;
let configPath = '';
let secretsPath = '';
const extra: Array<{ close(): Promise<void> | void }> = [];

afterEach(async () => {
  await kiosk?.close();
  kiosk = null;
  adminToken = '';
  for (const e of extra.splice(0)) await e.close();
});

async function startDemoKiosk(): Promise<RunningKiosk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-tech-'));
  const loaded = demoSettingsIn(dataDir);
  configPath = loaded.configPath;
  secretsPath = loaded.settings.keys.secretsPath;
  kiosk = await startKiosk(loaded.settings, 'browser-host', loaded.configPath);
  return kiosk;
}

let adminToken = '';

/** As the page does: a technician's admin token from the PIN, every call through dispatch and the role gate. */
async function tech<M extends TechMethod>(
  method: M,
  args: Omit<TechArgsOf<M>, 'adminToken'>,
): Promise<TechResultOf<M>> {
  if (!kiosk) throw new Error('no kiosk');
  if (!adminToken) {
    const unlocked = await kiosk.handlers['adminGate.unlock']({ role: 'technician', pin: DEV_ADMIN_PIN });
    if (!unlocked.ok) throw new Error('the development PIN should unlock a demo kiosk');
    adminToken = unlocked.adminToken;
  }
  const r = await dispatch(kiosk.handlers, method, { ...args, adminToken });
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as TechResultOf<M>;
}

const savedFile = () => JSON.parse(readFileSync(configPath, 'utf8')) as { devices?: Record<string, unknown> };

async function pluggedReader(): Promise<RunningIdCardSimulator & { hostPath: string }> {
  const sim = await startIdCardSimulator();
  extra.push(sim);
  if (!sim.hostPath) throw new Error('the simulator should own its pty pair');
  return sim as RunningIdCardSimulator & { hostPath: string };
}

describe('device settings, checked and applied live', () => {
  it(
    'switches the ID-card reader from the simulator to a pty with a simulator on it and reads a card, no restart',
    { timeout: 60_000 },
    async () => {
      await startDemoKiosk();
      const before = await tech('tech.devices', {});
      expect(before.devices.find((d) => d.device === 'idcard')).toMatchObject({ driver: 'simulator' });

      const plugged = await pluggedReader();
      const saved = await tech('tech.saveDevice', {
        change: { device: 'idcard', port: plugged.hostPath, baudRate: 115200, pollMs: 100 },
      });
      expect(saved).toEqual({ saved: true });
      expect(savedFile().devices?.idcard).toEqual({ port: plugged.hostPath, baudRate: 115200, pollMs: 100 });
      const after = await tech('tech.devices', {});
      expect(after.devices.find((d) => d.device === 'idcard')).toMatchObject({
        driver: 'serial',
        settings: { port: plugged.hostPath },
      });

      const reading = tech('tech.selfTest', { device: 'idcard', timeoutMs: 15_000 });
      setTimeout(() => plugged.simulator.present('resident'), 300);
      const card = cardFixture('resident').card;
      expect(await reading).toEqual({
        ok: true,
        card: { idNumber: maskIdNumber(card.idNumber), name: '陈*欣' },
      });
      expect(maskIdNumber(card.idNumber)).toMatch(/^4401\*{10}\d{3}[\dX]$/);
    },
  );

  it('refuses a serial port that does not exist and a path that is no serial device, and saves nothing', async () => {
    await startDemoKiosk();
    const fileBefore = readFileSync(configPath, 'utf8');
    const missing = await tech('tech.saveDevice', {
      change: { device: 'idcard', port: '/dev/ttyUSB-not-there', baudRate: 115200, pollMs: 100 },
    });
    expect(missing).toMatchObject({
      saved: false,
      problems: [{ field: 'devices.idcard.port', code: 'port-missing' }],
    });
    const notSerial = await tech('tech.saveDevice', {
      change: { device: 'printer', port: configPath, baudRate: 9600, paperWidth: 80 },
    });
    expect(notSerial).toMatchObject({ saved: false, problems: [{ code: 'not-a-serial-port' }] });
    const schema = await tech('tech.saveDevice', { change: { device: 'scanner', mode: 'usb' } });
    expect(schema).toMatchObject({
      saved: false,
      problems: [{ field: 'devices.scanner.mode', code: 'invalid' }],
    });
    expect(readFileSync(configPath, 'utf8')).toBe(fileBefore);
    expect((await tech('tech.devices', {})).devices.find((d) => d.device === 'idcard')?.driver).toBe(
      'simulator',
    );
  });

  it(
    'refuses a network printer that does not answer, accepts one that does and prints on it',
    { timeout: 30_000 },
    async () => {
      await startDemoKiosk();
      const silent = await freePort();
      const refused = await tech('tech.saveDevice', {
        change: { device: 'printer', port: `tcp://127.0.0.1:${silent}`, baudRate: 9600, paperWidth: 80 },
      });
      expect(refused).toMatchObject({ saved: false, problems: [{ code: 'printer-unreachable' }] });

      // A port-9100 network printer (the ESC/POS simulator behind a TCP socket).
      const printer = await startTcpPrinterSimulator();
      extra.push(printer);
      const port = printer.port;
      const saved = await tech('tech.saveDevice', {
        change: { device: 'printer', port: `tcp://127.0.0.1:${port}`, baudRate: 9600, paperWidth: 80 },
      });
      expect(saved).toEqual({ saved: true });
      const page = await tech('tech.selfTest', { device: 'printer', timeoutMs: 10_000 });
      expect(page).toMatchObject({ ok: true, printer: { online: true, paperOut: false } });
      expect(printer.simulator.receipts().at(-1)?.lines.join('\n')).toContain('Printer test page');
    },
  );

  it('refuses a HID scanner that is not plugged in; keyboard mode is saved and its self-test says so', async () => {
    await startDemoKiosk();
    expect(
      await tech('tech.saveDevice', { change: { device: 'scanner', mode: 'hid:0x1eab:0x8003' } }),
    ).toMatchObject({
      saved: false,
      problems: [{ field: 'devices.scanner.mode', code: 'scanner-not-found' }],
    });
    expect(await tech('tech.saveDevice', { change: { device: 'scanner', mode: 'wedge' } })).toEqual({
      saved: true,
    });
    expect(await tech('tech.selfTest', { device: 'scanner', timeoutMs: 1_000 })).toEqual({
      ok: false,
      code: 'wedge',
    });
    // Back to the demo's simulator, which still runs.
    expect(await tech('tech.saveDevice', { change: { device: 'scanner', mode: 'simulator' } })).toEqual({
      saved: true,
    });
  });

  it('checks a camera label against the cameras the screen reports', async () => {
    await startDemoKiosk();
    const labels = ['Integrated Webcam (0bda:5510)', 'USB Document Camera (1bcf:2c99)'];
    expect(
      await tech('tech.saveDevice', {
        change: { device: 'camera', label: 'Gaopaiyi' },
        cameraLabels: labels,
      }),
    ).toMatchObject({ saved: false, problems: [{ code: 'camera-not-found' }] });
    expect(await tech('tech.saveDevice', { change: { device: 'camera', label: 'x' } })).toMatchObject({
      saved: false,
      problems: [{ code: 'no-camera' }],
    });
    expect(
      await tech('tech.saveDevice', {
        change: { device: 'camera', label: 'Document Camera' },
        cameraLabels: labels,
      }),
    ).toEqual({ saved: true });
    expect(savedFile().devices?.camera).toEqual({ label: 'Document Camera' });
  });
});

describe('self-tests', () => {
  it('a reader that is gone says so', { timeout: 30_000 }, async () => {
    await startDemoKiosk();
    const plugged = await pluggedReader();
    await tech('tech.saveDevice', {
      change: { device: 'idcard', port: plugged.hostPath, baudRate: 115200, pollMs: 100 },
    });
    await plugged.unplug();
    expect(await tech('tech.selfTest', { device: 'idcard', timeoutMs: 5_000 })).toEqual({
      ok: false,
      code: 'reader-missing',
    });
  });

  it('a reader with no card on it says no card', { timeout: 30_000 }, async () => {
    await startDemoKiosk();
    expect(await tech('tech.selfTest', { device: 'idcard', timeoutMs: 3_500 })).toEqual({
      ok: false,
      code: 'no-card',
    });
  });

  it(
    'the printer prints a test page and reports its status; out of paper it says so',
    { timeout: 30_000 },
    async () => {
      const k = await startDemoKiosk();
      expect(await tech('tech.selfTest', { device: 'printer', timeoutMs: 5_000 })).toMatchObject({
        ok: true,
        printer: { online: true, paperOut: false, coverOpen: false },
      });
      const receipts = await k.sim?.['sim.receipts']({});
      expect(receipts?.receipts.at(-1)?.lines.join('\n')).toContain('Printer test page');
      await k.sim?.['sim.printer']({ paperOut: true });
      expect(await tech('tech.selfTest', { device: 'printer', timeoutMs: 5_000 })).toEqual({
        ok: false,
        code: 'paper-out',
      });
    },
  );

  it(
    'the scanner returns the decoded text of a scanned code, or says nothing was scanned',
    { timeout: 30_000 },
    async () => {
      const k = await startDemoKiosk();
      const fixtures = await k.sim?.['sim.fixtures']({});
      const person = fixtures?.qrPeople[0]?.id ?? '';
      await tech('tech.devices', {}); // signed in first, so the scan below comes while the self-test waits
      const scanning = tech('tech.selfTest', { device: 'scanner', timeoutMs: 10_000 });
      setTimeout(() => void k.sim?.['sim.scanQr']({ personId: person }), 200);
      const scanned = await scanning;
      expect(scanned.ok && scanned.text).toMatch(/\S{10,}/);
      expect(await tech('tech.selfTest', { device: 'scanner', timeoutMs: 600 })).toEqual({
        ok: false,
        code: 'no-scan',
      });
    },
  );

  it(
    'a camera frame gets its quality figures; a blurred one the problem a resident would see',
    { timeout: 30_000 },
    async () => {
      await startDemoKiosk();
      const sharp = await tech('tech.cameraTest', { image: fixture('page-sharp.jpg').toString('base64') });
      expect(sharp).toMatchObject({ ok: true, problem: null });
      expect(sharp.metrics?.focus).toBeGreaterThan(sharp.thresholds.minFocus);
      const blurred = await tech('tech.cameraTest', {
        image: fixture('page-blurred.jpg').toString('base64'),
      });
      expect(blurred).toMatchObject({ ok: false, problem: 'blurred' });
      expect(blurred.metrics?.focus).toBeLessThan(blurred.thresholds.minFocus);
      const garbage = await tech('tech.cameraTest', {
        image: Buffer.from('not an image at all').toString('base64'),
      });
      expect(garbage).toMatchObject({ ok: false, problem: 'unreadable', metrics: null });
    },
  );
});

describe('kiosk identity, endpoint and secrets', () => {
  const TOKEN = 'paas-token-issued-by-the-province-0042';
  const KEY = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8';

  it('replaces the secrets but never returns them', async () => {
    await startDemoKiosk();
    expect((await tech('tech.kioskSettings', {})).secrets).toEqual({
      paasTokenSet: false,
      privateKeySet: false,
      publicKeyHex: null,
    });
    // A new secrets file needs both.
    expect(await tech('tech.replaceSecrets', { paasToken: TOKEN })).toMatchObject({
      saved: false,
      problems: [{ field: 'privateKeyHex', code: 'secret-missing' }],
    });
    expect(await tech('tech.replaceSecrets', { paasToken: TOKEN, privateKeyHex: 'xyz' })).toMatchObject({
      saved: false,
      problems: [{ field: 'privateKeyHex', code: 'bad-key' }],
    });
    const replaced = await tech('tech.replaceSecrets', { paasToken: TOKEN, privateKeyHex: KEY });
    expect(replaced).toMatchObject({ saved: true, secrets: { paasTokenSet: true, privateKeySet: true } });
    // Only the token replaced: the key stays.
    expect(await tech('tech.replaceSecrets', { paasToken: `${TOKEN}-2` })).toMatchObject({ saved: true });
    expect(JSON.parse(readFileSync(secretsPath, 'utf8'))).toEqual({
      paasToken: `${TOKEN}-2`,
      privateKeyHex: KEY,
    });
    expect(statSync(secretsPath).mode & 0o777).toBe(0o600);

    const everything = JSON.stringify([
      replaced,
      await tech('tech.kioskSettings', {}),
      await tech('tech.devices', {}),
      await tech('tech.connectivity', {}),
    ]);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(KEY.toUpperCase());
  });

  it(
    'saves a valid identity and endpoint, refuses an invalid one, and signs in (9001) with the answer time',
    { timeout: 30_000 },
    async () => {
      await startDemoKiosk();
      const { identity } = await tech('tech.kioskSettings', {});
      const bad = await tech('tech.saveKioskSettings', {
        identity: { ...identity, terminal: { ...identity.terminal, id: 'has spaces', countyCode: '44' } },
      });
      expect(bad).toMatchObject({ saved: false });
      expect(bad.saved === false && bad.problems.map((p) => p.field).sort()).toEqual([
        'terminal.countyCode',
        'terminal.id',
      ]);
      const good = await tech('tech.saveKioskSettings', {
        identity: {
          ...identity,
          terminal: { ...identity.terminal, id: 'ZZ-QINGXI-07', name: '清溪镇便民服务中心 7 号机' },
          serviceHall: { name: '清溪镇便民服务中心', phone: '0769-87310000' },
        },
      });
      expect(good).toEqual({ saved: true });
      expect(JSON.parse(readFileSync(configPath, 'utf8'))).toMatchObject({
        terminal: { id: 'ZZ-QINGXI-07' },
        serviceHall: { phone: '0769-87310000' },
      });
      const settings = await tech('tech.kioskSettings', {});
      expect(settings).toMatchObject({ identity: { terminal: { id: 'ZZ-QINGXI-07' } } });
      // In force at once: what the screens show is the new identity, no restart.
      expect(await kiosk?.handlers['app.info']({})).toMatchObject({
        terminalId: 'ZZ-QINGXI-07',
        serviceHall: { phone: '0769-87310000' },
      });

      const signIn = await tech('tech.connectivity', {});
      expect(signIn).toMatchObject({ ok: true, problem: null, url: 'embedded' });
      expect(signIn.ms).toBeGreaterThanOrEqual(0);
    },
  );

  it('a connectivity test with nobody answering reports the reason', { timeout: 30_000 }, async () => {
    await startDemoKiosk();
    const { identity } = await tech('tech.kioskSettings', {});
    await tech('tech.replaceSecrets', { paasToken: TOKEN, privateKeyHex: KEY });
    const port = await freePort();
    expect(
      await tech('tech.saveKioskSettings', {
        identity: {
          ...identity,
          province: { ...identity.province, url: `http://127.0.0.1:${port}/gw`, timeoutMs: 1000 },
        },
      }),
    ).toEqual({ saved: true });
    expect(await tech('tech.connectivity', {})).toMatchObject({ ok: false, problem: 'network' });
  });
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('the role gate', () => {
  it('refuses tech.* without a technician token, and audits what a technician did with secrets redacted', async () => {
    const k = await startDemoKiosk();
    expect(await dispatch(k.handlers, 'tech.devices', { adminToken: 'A'.repeat(43) })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const office = await k.handlers['adminGate.unlock']({ role: 'backOffice', pin: DEV_ADMIN_PIN });
    if (!office.ok) throw new Error('unlock');
    expect(await dispatch(k.handlers, 'tech.devices', { adminToken: office.adminToken })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const token = 'paas-token-that-must-never-be-logged';
    await tech('tech.replaceSecrets', {
      paasToken: token,
      privateKeyHex: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
    });
    await tech('tech.saveDevice', {
      change: { device: 'camera', label: 'fake' },
      cameraLabels: ['fake_device_0'],
    });
    const audit = await dispatch(k.handlers, 'admin.audit.list', { adminToken });
    if (!audit.ok) throw new Error('audit');
    const listed = audit.value as ResultOf<'admin.audit.list'>;
    const rows = listed.rows.filter((r) => r.action.startsWith('tech.'));
    expect(rows.map((r) => [r.role, r.action, r.target])).toEqual([
      ['technician', 'tech.saveDevice', 'devices.camera'],
      ['technician', 'tech.replaceSecrets', 'paasToken,privateKeyHex'],
    ]);
    expect(rows[0]).toMatchObject({ before: { label: '' }, after: { label: 'fake' } });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(JSON.stringify(listed)).not.toContain('3945208f');
  });
});

describe('what the screens are told', () => {
  it(
    'app.info follows a device change at once (the camera label, which devices are simulated)',
    {
      timeout: 30_000,
    },
    async () => {
      const k = await startDemoKiosk();
      const plugged = await pluggedReader();
      await tech('tech.saveDevice', {
        change: { device: 'idcard', port: plugged.hostPath, baudRate: 115200, pollMs: 100 },
      });
      await tech('tech.saveDevice', {
        change: { device: 'camera', label: 'Document' },
        cameraLabels: ['USB Document Camera'],
      });
      const info = await k.handlers['app.info']({});
      expect(info.camera.label).toBe('Document');
      expect(info.simulated).toMatchObject({ idcard: false, printer: true });
    },
  );
});
