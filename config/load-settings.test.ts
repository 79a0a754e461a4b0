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

describe('loadSettings', () => {
  it('uses simulated devices and an embedded province for a demo with nothing configured', () => {
    const d = dir();
    const { settings, fromFile } = loadSettings({ KIOSK_DATA_DIR: d, KIOSK_MODE: 'demo' });
    expect(fromFile).toBe(false);
    expect(settings.mode).toBe('demo');
    expect(settings.dataDir).toBe(d);
    expect(settings.devices.idcard.port).toBe('simulator');
    expect(settings.province.url).toBe('embedded');
  });

  it('merges the settings file over the defaults and the environment over the file', () => {
    const d = dir();
    const file = join(d, 'settings.json');
    writeFileSync(
      file,
      JSON.stringify({ ui: { idleSeconds: 90 }, devices: { printer: { paperWidth: 58 } } }),
    );
    const { settings } = loadSettings({
      KIOSK_MODE: 'demo',
      KIOSK_CONFIG: file,
      KIOSK_DATA_DIR: d,
      KIOSK_HOST_PORT: '6001',
      KIOSK_IDCARD_PORT: '/dev/ttyUSB0',
      KIOSK_PRINTER_PORT: 'tcp://10.0.0.5:9100',
      KIOSK_SCANNER: 'hid:0x1eab:0x8003',
      KIOSK_CAMERA_LABEL: 'USB Document Camera',
      KIOSK_PROVINCE_URL: 'https://ybj.example/gw',
    });
    expect(settings.ui.idleSeconds).toBe(90);
    expect(settings.ui.idleWarningSeconds).toBe(30);
    expect(settings.devices.printer).toMatchObject({ paperWidth: 58, port: 'tcp://10.0.0.5:9100' });
    expect(settings.host.port).toBe(6001);
    expect(settings.devices.idcard.port).toBe('/dev/ttyUSB0');
    expect(settings.devices.scanner.mode).toBe('hid:0x1eab:0x8003');
    expect(settings.devices.camera.label).toBe('USB Document Camera');
    expect(settings.province.url).toBe('https://ybj.example/gw');
  });

  it('names the setting and the variable for bad environment values', () => {
    const problems = problemsOf(() =>
      loadSettings({
        KIOSK_MODE: 'demo',
        KIOSK_DATA_DIR: dir(),
        KIOSK_HOST_PORT: 'eighty',
        KIOSK_IDCARD_PORT: 'ttyUSB0',
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.startsWith('host.port (from KIOSK_HOST_PORT)'))).toBeDefined();
    expect(problems.find((p) => p.startsWith('devices.idcard.port (from KIOSK_IDCARD_PORT)'))).toMatch(
      /serial device path/,
    );
  });

  it('names the file for bad file values, unknown keys and broken JSON', () => {
    const d = dir();
    const file = join(d, 'settings.json');
    writeFileSync(
      file,
      JSON.stringify({ mode: 'demo', ui: { idleSeconds: 20, idleWarningSeconds: 30, colour: 'red' } }),
    );
    const problems = problemsOf(() => loadSettings({ KIOSK_DATA_DIR: d }));
    expect(problems.some((p) => p.startsWith(`ui (in ${file})`) && /colour/.test(p))).toBe(true);
    writeFileSync(file, JSON.stringify({ mode: 'demo', ui: { idleSeconds: 20, idleWarningSeconds: 30 } }));
    expect(problemsOf(() => loadSettings({ KIOSK_DATA_DIR: d }))).toEqual([
      `ui.idleWarningSeconds (in ${file}): must be shorter than ui.idleSeconds`,
    ]);
    writeFileSync(file, '{ "ui": ');
    expect(problemsOf(() => loadSettings({ KIOSK_DATA_DIR: d }))[0]).toMatch(/not valid JSON/);
  });
});
