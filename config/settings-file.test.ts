import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { SettingsFile } from './settings-file';

describe('the settings file as admin mode edits it', () => {
  it('writes only what changed into the file, keeps the rest, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-settings-file-'));
    const path = join(dir, 'settings.json');
    writeFileSync(path, JSON.stringify({ mode: 'demo', sync: { maxAttempts: 7, reviewPollSeconds: 60 } }));
    const file = new SettingsFile(path, { ...defaultSettings(dir, join(dir, 'keys')), mode: 'demo' });
    const outcome = file.apply({ devices: { printer: { port: 'tcp://10.0.0.5:9100' } } });
    expect(outcome.ok).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      mode: 'demo',
      sync: { maxAttempts: 7, reviewPollSeconds: 60 },
      devices: { printer: { port: 'tcp://10.0.0.5:9100' } },
    });
    expect(file.current.devices.printer).toMatchObject({ port: 'tcp://10.0.0.5:9100', paperWidth: 80 });
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('refuses a change the schema refuses, naming the setting, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-settings-file-'));
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{}');
    const file = new SettingsFile(path, defaultSettings(dir, join(dir, 'keys')));
    const outcome = file.apply({ devices: { idcard: { pollMs: 900 } } });
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ field: 'devices.idcard.pollMs', code: 'invalid' }],
    });
    expect(readFileSync(path, 'utf8')).toBe('{}');
  });
});
