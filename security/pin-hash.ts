import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { PIN_HASH_PATTERN } from './pin-hash-format';

export { PIN_HASH_PATTERN } from './pin-hash-format';

/**
 * Admin PINs are kept only as salted scrypt hashes (settings admin.pinHashes), as one string:
 * `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`. A 4–12 digit PIN has little entropy, so the hash must be
 * slow (N=2^15: ~50–100 ms on a kiosk CPU) and the lockout (kiosk/admin/admin-sessions.ts) does the rest.
 * scrypt is in BoringSSL, so this works in Electron as under Node.
 */
const PARAMS = { N: 1 << 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(pin: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 128 * o.N * o.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `pin` is the PIN `encoded` was made from; false for any other PIN or a malformed hash. */
export async function verifyPin(pin: string, encoded: string): Promise<boolean> {
  if (!PIN_HASH_PATTERN.test(encoded)) return false;
  const [, n, r, p, salt, hash] = encoded.split('$') as [string, string, string, string, string, string];
  const N = Number(n);
  // Refuse parameters a tampered settings file could use to make every unlock hang or exhaust memory.
  if (N < 1024 || N > 1 << 20 || (N & (N - 1)) !== 0 || Number(r) > 32 || Number(p) > 4) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(pin, Buffer.from(salt, 'base64'), { N, r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
