import { join } from 'node:path';

/**
 * Where a demo keeps the development gateway token and SM2 key it shares with the embedded province. The
 * demo module writes it; production checks read it, to refuse those credentials with a real province.
 */
export function devCredentialsPath(dataDir: string): string {
  return join(dataDir, 'keys', 'province-dev.json');
}
