import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../security/pin-hash';
import { loadSettings } from './load-settings';
import { setAdminPin, weakPinProblem } from './set-admin-pin';

describe('npm run admin -- set-pin', () => {
  it('writes only a hash, keeps the other settings, drops the old plaintext pin, and the kiosk loads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-setpin-'));
    const config = join(dir, 'settings.json');
    writeFileSync(config, JSON.stringify({ mode: 'demo', admin: { pin: '2580' }, ui: { idleSeconds: 90 } }), {
      mode: 0o640,
    });
    await setAdminPin(config, 'backOffice', '731946');
    const text = readFileSync(config, 'utf8');
    expect(text).not.toContain('731946');
    expect(text).not.toContain('2580"');
    const file = JSON.parse(text) as { admin: { pinHashes: { backOffice: string } }; ui: unknown };
    expect(file.ui).toEqual({ idleSeconds: 90 });
    expect(await verifyPin('731946', file.admin.pinHashes.backOffice)).toBe(true);
    expect(statSync(config).mode & 0o777).toBe(0o640);
    const { settings } = loadSettings({ KIOSK_CONFIG: config, KIOSK_DATA_DIR: dir });
    expect(settings.admin.pinHashes.backOffice).toBe(file.admin.pinHashes.backOffice);
    expect(settings.admin.pinHashes.technician).toBeUndefined();
  });

  it('refuses PINs that are too easy or not digits', () => {
    expect(weakPinProblem('123')).toMatch(/4 to 12/);
    expect(weakPinProblem('12a456')).toMatch(/4 to 12/);
    expect(weakPinProblem('0000')).toMatch(/repeated/);
    expect(weakPinProblem('123456')).toMatch(/run/);
    expect(weakPinProblem('654321')).toMatch(/run/);
    expect(weakPinProblem('731946')).toBeNull();
  });

  it('a settings file with the old plaintext admin.pin is refused at start-up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-oldpin-'));
    const config = join(dir, 'settings.json');
    writeFileSync(config, JSON.stringify({ mode: 'demo', admin: { pin: '2580' } }));
    expect(() => loadSettings({ KIOSK_CONFIG: config, KIOSK_DATA_DIR: dir })).toThrow(/admin/);
  });
});
