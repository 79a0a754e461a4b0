import { posix, win32 } from 'node:path';

/**
 * Where the installed kiosk keeps its settings and data unless KIOSK_CONFIG / KIOSK_DATA_DIR say otherwise:
 * Linux /etc/zizhu/settings.json and /var/lib/zizhu (made by the .deb, packaging/after-install.sh), Windows
 * %ProgramData%\Zizhu. Development runs (not packaged) keep the per-user defaults of config/defaults.ts.
 * On Linux the packaged handwriting helper is `resources/handwriting/zinnia-recognize` (electron-builder.yml
 * extraResources; `resourcesPath` is Electron's process.resourcesPath): the core's bundle cannot find it
 * relative to its own file as a development run does (kiosk/handwriting/zinnia-recognizer.ts).
 */
export function installedKioskEnv(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  packaged: boolean,
  resourcesPath?: string,
): NodeJS.ProcessEnv {
  if (!packaged) return env;
  const programData = env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData';
  const base =
    platform === 'win32'
      ? {
          config: win32.join(programData, 'Zizhu', 'settings.json'),
          data: win32.join(programData, 'Zizhu', 'data'),
        }
      : { config: posix.join('/etc/zizhu', 'settings.json'), data: '/var/lib/zizhu' };
  const helper =
    platform === 'linux' && resourcesPath
      ? {
          ZIZHU_HANDWRITING_HELPER:
            env.ZIZHU_HANDWRITING_HELPER || posix.join(resourcesPath, 'handwriting', 'zinnia-recognize'),
        }
      : {};
  return {
    ...env,
    KIOSK_CONFIG: env.KIOSK_CONFIG || base.config,
    KIOSK_DATA_DIR: env.KIOSK_DATA_DIR || base.data,
    ...helper,
  };
}
