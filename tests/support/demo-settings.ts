import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings, type LoadedSettings } from '../../config/load-settings';

/**
 * The settings of a demo kiosk on a throwaway data directory, as a test starts one: a settings.json in
 * `dataDir` with the maintenance window off (a test may run at any hour), the data key and secrets in
 * `dataDir/keys` (never the developer's ~/.config/zizhu/keys), loaded the way the kiosk loads them. `env` adds
 * or overrides variables (KIOSK_HOST_PORT, KIOSK_PROVINCE_URL, key paths elsewhere, …).
 */
export function demoSettingsIn(dataDir: string, env: NodeJS.ProcessEnv = {}): LoadedSettings {
  const configPath = join(dataDir, 'settings.json');
  writeFileSync(
    configPath,
    JSON.stringify({ province: { maintenance: { enabled: false, start: '21:30', end: '00:05' } } }),
  );
  return loadSettings({
    KIOSK_MODE: 'demo',
    KIOSK_DATA_DIR: dataDir,
    KIOSK_CONFIG: configPath,
    KIOSK_DATA_KEY: join(dataDir, 'keys', 'data.key'),
    KIOSK_SECRETS: join(dataDir, 'keys', 'secrets.json'),
    ...env,
  });
}
