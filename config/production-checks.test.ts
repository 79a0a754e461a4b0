import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devCredentialsPath } from './dev-credentials-path';
import { loadSettings, SettingsError } from './load-settings';

const KEY = 'a'.repeat(64);
const DEV_KEY = 'b'.repeat(64);

/**
 * A settings file a technician would write for a real kiosk, with its secrets file (0600 in a 0700 folder,
 * outside the data directory); `patch` spoils one part of the settings, `secrets` replaces the secrets (null:
 * no secrets file).
 */
function productionFile(
  patch: Record<string, unknown> = {},
  secrets: Record<string, string> | null = { paasToken: 'issued', privateKeyHex: KEY },
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-production-'));
  const keyDir = join(mkdtempSync(join(tmpdir(), 'zz-production-keys-')), 'keys');
  mkdirSync(keyDir, { mode: 0o700 });
  chmodSync(keyDir, 0o700);
  const secretsPath = join(keyDir, 'secrets.json');
  if (secrets) writeFileSync(secretsPath, JSON.stringify(secrets), { mode: 0o600 });
  const file = join(dataDir, 'settings.json');
  const base = {
    mode: 'production',
    keys: { dataKeyPath: join(keyDir, 'data.key'), secretsPath },
    province: { url: 'https://gw.example.gov.cn', paasId: 'kiosk-0001' },
    devices: {
      idcard: { port: '/dev/ttyUSB0' },
      printer: { port: 'tcp://192.168.1.50:9100' },
      scanner: { mode: 'hid:0x1eab:0x8003' },
    },
  };
  writeFileSync(file, JSON.stringify(deepMerge(base, patch)));
  return { dataDir, keyDir, file, env: { KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: file } };
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const base = out[k];
    out[k] =
      typeof base === 'object' && base && typeof v === 'object' && v && !Array.isArray(v)
        ? deepMerge(base as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function refusal(env: NodeJS.ProcessEnv): SettingsError {
  try {
    loadSettings(env);
  } catch (e) {
    if (e instanceof SettingsError) return e;
    throw e;
  }
  throw new Error('expected the production start to be refused');
}

describe('production fails closed', () => {
  it('is the mode when nothing says otherwise, and refuses to start without a settings file', () => {
    const d = mkdtempSync(join(tmpdir(), 'zz-production-'));
    const e = refusal({ KIOSK_DATA_DIR: d });
    expect(e.message).toMatch(/^Production mode refuses/);
    expect(e.problems[0]).toMatch(/^mode \(production\): there is no settings file at .*settings\.json/);
    expect(e.problems[0]).toMatch(/KIOSK_MODE=demo/);
    // Every other demonstration default is named too, so one read of the message is enough.
    expect(e.problems.map((p) => p.split(':')[0])).toEqual([
      'mode (production)',
      'devices.idcard.port (default)',
      'devices.printer.port (default)',
      'devices.scanner.mode (default)',
      'province.url (default)',
    ]);
  });

  it('starts with real devices, an https province and issued credentials', () => {
    const { env } = productionFile();
    expect(loadSettings(env).settings.mode).toBe('production');
  });

  it('refuses each simulated device, naming the setting and what to put there', () => {
    const { env, file } = productionFile({
      devices: {
        idcard: { port: 'simulator' },
        printer: { port: 'simulator' },
        scanner: { mode: 'simulator' },
      },
    });
    const problems = refusal(env).problems;
    expect(problems).toEqual([
      `devices.idcard.port (in ${file}): 'simulator' is for demonstrations; set the ID-card reader's serial device, e.g. /dev/ttyUSB0, or mode demo`,
      `devices.printer.port (in ${file}): 'simulator' is for demonstrations; set the receipt printer's serial device or tcp://host:9100, or mode demo`,
      `devices.scanner.mode (in ${file}): 'simulator' is for demonstrations; set 'wedge' (keyboard mode) or the scanner's hid:0xVVVV:0xPPPP, or mode demo`,
    ]);
  });

  it('names the environment variable that put a simulator back', () => {
    const { env } = productionFile();
    expect(refusal({ ...env, KIOSK_IDCARD_PORT: 'simulator' }).problems).toEqual([
      expect.stringMatching(
        /^devices\.idcard\.port \(from KIOSK_IDCARD_PORT\): 'simulator' is for demonstrations/,
      ),
    ]);
  });

  it('refuses a production start with the crash-test hook armed', () => {
    const { env } = productionFile();
    expect(refusal({ ...env, ZIZHU_FAULT_POINT: 'case-after-commit@1' }).problems).toEqual([
      'ZIZHU_FAULT_POINT (case-after-commit@1): a crash-test hook that kills the kiosk on purpose; unset it, or mode demo',
    ]);
  });

  it('refuses the embedded province and a plain-http province', () => {
    const embedded = productionFile({ province: { url: 'embedded' } });
    expect(refusal(embedded.env).problems).toEqual([
      expect.stringMatching(
        /^province\.url \(in .*\): the embedded province is a simulator; set the provincial gateway's https URL/,
      ),
    ]);
    const http = productionFile({ province: { url: 'http://gw.example.gov.cn' } });
    expect(refusal(http.env).problems).toEqual([
      expect.stringMatching(/^province\.url \(in .*\): must be an https URL in production$/),
    ]);
  });

  it('refuses a real province without a secrets file, or with the development token and key', () => {
    const none = productionFile({}, null);
    expect(refusal(none.env).problems).toEqual([
      expect.stringMatching(/^keys\.secretsPath \(in .*\): no secrets file at .*secrets\.json/),
    ]);
    // Credentials an earlier demo made beside the keys (what the embedded province trusts).
    const demoLeftovers = productionFile({}, { paasToken: 'dev-token-from-demo', privateKeyHex: DEV_KEY });
    writeFileSync(
      devCredentialsPath({
        keys: { dataKeyPath: '', secretsPath: join(demoLeftovers.keyDir, 'secrets.json') },
      }),
      JSON.stringify({
        paasId: 'zizhu-dev-kiosk',
        paasToken: 'dev-token-from-demo',
        keys: { privateKeyHex: DEV_KEY },
      }),
    );
    const problems = refusal(demoLeftovers.env).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^paasToken \(in .*secrets\.json\): the development token/);
    expect(problems[1]).toMatch(/^privateKeyHex \(in .*secrets\.json\): the development key/);
  });

  it('lets a demo keep its simulators, and refuses a host bound beyond loopback in any mode', () => {
    const { env } = productionFile({ mode: 'demo', devices: { idcard: { port: 'simulator' } } });
    expect(loadSettings(env).settings.devices.idcard.port).toBe('simulator');
    const open = productionFile({ host: { bind: '0.0.0.0' } });
    expect(refusal(open.env).problems).toEqual([
      expect.stringMatching(/^host\.bind \(in .*\): must be a loopback address/),
    ]);
  });
});
