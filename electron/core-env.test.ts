import { afterEach, describe, expect, it, vi } from 'vitest';

/** Electron replaced: `app.isPackaged` as the test sets it; process.resourcesPath as Electron sets it. */
const electron = vi.hoisted(() => ({ app: { isPackaged: true } }));
vi.mock('electron', () => electron);

const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
afterEach(() => {
  if (original) Object.defineProperty(process, 'resourcesPath', original);
  else delete (process as { resourcesPath?: string }).resourcesPath;
  vi.unstubAllEnvs();
});

function withResources(path: string) {
  Object.defineProperty(process, 'resourcesPath', { value: path, configurable: true, writable: true });
}

describe.runIf(process.platform === 'linux')('the kiosk core’s environment under Electron', () => {
  it('packaged: the handwriting helper is the one electron-builder put under resources/handwriting', async () => {
    electron.app.isPackaged = true;
    withResources('/opt/Zizhu/resources');
    vi.stubEnv('ZIZHU_HANDWRITING_HELPER', '');
    const { kioskCoreEnv } = await import('./core-env');
    expect(kioskCoreEnv()).toMatchObject({
      ZIZHU_HANDWRITING_HELPER: '/opt/Zizhu/resources/handwriting/zinnia-recognize',
      KIOSK_CONFIG: '/etc/zizhu/settings.json',
    });
  });

  it('the Zinnia recognizer then looks for the helper there (and reports it missing, without starting it)', async () => {
    electron.app.isPackaged = true;
    withResources('/nonexistent/resources');
    vi.stubEnv('ZIZHU_HANDWRITING_HELPER', '');
    const { kioskCoreEnv } = await import('./core-env');
    const helperPath = kioskCoreEnv().ZIZHU_HANDWRITING_HELPER ?? '';
    const { ZinniaRecognizer } = await import('../kiosk/handwriting/zinnia-recognizer');
    const recognizer = new ZinniaRecognizer({ helperPath, modelPath: '/dev/null' });
    expect(recognizer.available).toBe(false);
    expect(recognizer.problem).toBe(
      'no handwriting helper at /nonexistent/resources/handwriting/zinnia-recognize',
    );
  });

  it('an explicit ZIZHU_HANDWRITING_HELPER wins; a development run keeps the one setup.sh built', async () => {
    withResources('/opt/Zizhu/resources');
    vi.stubEnv('ZIZHU_HANDWRITING_HELPER', '/srv/zinnia-recognize');
    const { kioskCoreEnv } = await import('./core-env');
    electron.app.isPackaged = true;
    expect(kioskCoreEnv().ZIZHU_HANDWRITING_HELPER).toBe('/srv/zinnia-recognize');
    vi.stubEnv('ZIZHU_HANDWRITING_HELPER', undefined);
    electron.app.isPackaged = false;
    expect(kioskCoreEnv()).not.toHaveProperty('ZIZHU_HANDWRITING_HELPER');
  });
});
