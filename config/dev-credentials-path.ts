import { dirname, join } from 'node:path';
import type { Settings } from './settings-schema';

/**
 * Where a demo keeps the development gateway token and SM2 key it shares with the embedded province: key
 * material too, so beside the data key and the secrets file, never in the data directory. The demo module
 * writes it; production checks read it, to refuse those credentials with a real province.
 */
export function devCredentialsPath(settings: Pick<Settings, 'keys'>): string {
  return join(dirname(settings.keys.secretsPath), 'province-dev.json');
}
