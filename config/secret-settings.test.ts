import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from './load-settings';

const dir = () => mkdtempSync(join(tmpdir(), 'zz-settings-'));

function problemsOf(fn: () => unknown): ReadonlyArray<string> {
  try {
    fn();
  } catch (e) {
    if (e instanceof SettingsError) return e.problems;
    throw e;
  }
  throw new Error('expected a SettingsError');
}

describe('settings and secrets', () => {
  it('refuses settings.json holding the paasToken or the SM2 private key, saying where they go', () => {
    const d = dir();
    const secrets = join(d, 'private', 'secrets.json');
    writeFileSync(
      join(d, 'settings.json'),
      JSON.stringify({ province: { paasToken: 't', privateKeyHex: 'a'.repeat(64) } }),
    );
    const problems = problemsOf(() =>
      loadSettings({ KIOSK_MODE: 'demo', KIOSK_DATA_DIR: d, KIOSK_SECRETS: secrets }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^province\.paasToken \(in .*settings\.json\): secrets must not be in the settings file/,
    );
    expect(problems[0]).toContain(`"paasToken" in the secrets file ${secrets}`);
    expect(problems[1]).toContain(`"privateKeyHex" in the secrets file ${secrets}`);
  });

  it('keeps key files outside the data directory by default, and takes explicit paths', () => {
    const d = dir();
    const { settings } = loadSettings({ KIOSK_MODE: 'demo', KIOSK_DATA_DIR: d, XDG_CONFIG_HOME: '/cfg' });
    expect(settings.keys.dataKeyPath.startsWith(d)).toBe(false);
    if (process.getuid?.() === 0) expect(settings.keys.dataKeyPath).toBe('/etc/zizhu/keys/data.key');
    else expect(settings.keys.dataKeyPath).toBe('/cfg/zizhu/keys/data.key');
    const explicit = loadSettings({
      KIOSK_MODE: 'demo',
      KIOSK_DATA_DIR: d,
      KIOSK_DATA_KEY: '/k/data.key',
      KIOSK_SECRETS: '/k/s.json',
    });
    expect(explicit.settings.keys).toEqual({ dataKeyPath: '/k/data.key', secretsPath: '/k/s.json' });
  });

  it('has the new defaults: slot 0, 20 attempts, +08:00', () => {
    const { settings } = loadSettings({ KIOSK_MODE: 'demo', KIOSK_DATA_DIR: dir() });
    expect(settings.terminal.slot).toBe(0);
    expect(settings.sync.maxAttempts).toBe(20);
    expect(settings.utcOffset).toBe('+08:00');
  });

  it('refuses a slot outside 0–99 and a malformed offset', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ terminal: { slot: 100 }, utcOffset: '8' }));
    const problems = problemsOf(() => loadSettings({ KIOSK_MODE: 'demo', KIOSK_DATA_DIR: d }));
    expect(problems.some((p) => p.startsWith('terminal.slot'))).toBe(true);
    expect(problems.some((p) => p.startsWith('utcOffset') && /\+08:00/.test(p))).toBe(true);
  });
});
