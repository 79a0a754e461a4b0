import { describe, expect, it } from 'vitest';
import { installedKioskEnv } from './kiosk-paths';

describe('installed kiosk paths', () => {
  it('Linux: /etc/zizhu for settings, /var/lib/zizhu for data', () => {
    expect(installedKioskEnv('linux', {}, true)).toMatchObject({
      KIOSK_CONFIG: '/etc/zizhu/settings.json',
      KIOSK_DATA_DIR: '/var/lib/zizhu',
    });
  });

  it('Windows: %ProgramData%\\Zizhu', () => {
    expect(installedKioskEnv('win32', { ProgramData: 'D:\\ProgramData' }, true)).toMatchObject({
      KIOSK_CONFIG: 'D:\\ProgramData\\Zizhu\\settings.json',
      KIOSK_DATA_DIR: 'D:\\ProgramData\\Zizhu\\data',
    });
  });

  it('explicit variables win, and development runs keep the per-user defaults', () => {
    expect(installedKioskEnv('linux', { KIOSK_DATA_DIR: '/srv/k' }, true).KIOSK_DATA_DIR).toBe('/srv/k');
    expect(installedKioskEnv('linux', { HOME: '/home/dev' }, false)).toEqual({ HOME: '/home/dev' });
  });
});
