import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sm2 } from 'sm-crypto';
import type { SimClient } from './sim-settings';

/** An SM2 key pair as hex: private key 64 chars, uncompressed public key 130 chars starting 04. */
export type Sm2KeyPair = Readonly<{ privateKeyHex: string; publicKeyHex: string }>;

/**
 * Development credentials shared by a kiosk and its simulator: gateway id/token and the kiosk's SM2 key
 * pair. Production keys come from the province; these exist so `npm start` and tests work out of the box.
 */
export type DevCredentials = Readonly<{ paasId: string; paasToken: string; keys: Sm2KeyPair }>;

export function generateSm2KeyPair(): Sm2KeyPair {
  const kp = sm2.generateKeyPairHex();
  return { privateKeyHex: kp.privateKey, publicKeyHex: kp.publicKey };
}

export function generateDevCredentials(paasId = 'zizhu-dev-kiosk'): DevCredentials {
  return { paasId, paasToken: randomBytes(16).toString('hex'), keys: generateSm2KeyPair() };
}

/** Reads the credentials file, creating it (mode 0600) on first use, so two processes can share it. */
export function loadOrCreateDevCredentials(path: string): DevCredentials {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DevCredentials;
  const creds = generateDevCredentials();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(creds, null, 2), { mode: 0o600 });
  return creds;
}

/** What the simulator needs to know about that kiosk (never the private key). */
export function simClientFor(creds: DevCredentials): SimClient {
  return { paasId: creds.paasId, paasToken: creds.paasToken, publicKeyHex: creds.keys.publicKeyHex };
}
