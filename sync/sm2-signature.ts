import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto';

/**
 * SM3withSM2 signatures as sm-crypto makes them (`doSignature(msg, key, { hash: true })`): hex r‖s, 128 chars,
 * default user id 1234567812345678. The SM3 digest e = SM3(Z ‖ M) is computed with Node's native SM3 because
 * sm-crypto's JavaScript SM3 takes ~80 ms for a 200 KB upload; only the elliptic-curve step uses sm-crypto.
 */
export type Sm2KeyPair = Readonly<{ privateKeyHex: string; publicKeyHex: string }>;

const DEFAULT_USER_ID = '1234567812345678';
// sm2p256v1 curve parameters a, b and the base point G, as hashed into Z (GM/T 0003.2).
const CURVE_A = 'FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC';
const CURVE_B = '28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93';
const GX = '32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7';
const GY = 'BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0';

/** A fresh key pair (uncompressed public key, 130 hex chars starting 04). Dev and test use only. */
export function generateSm2KeyPair(): Sm2KeyPair {
  const kp = sm2.generateKeyPairHex();
  return { privateKeyHex: kp.privateKey, publicKeyHex: kp.publicKey };
}

function publicXY(publicKeyHex: string): string {
  const hex = publicKeyHex.length === 130 ? publicKeyHex.slice(2) : publicKeyHex;
  if (!/^[0-9a-fA-F]{128}$/.test(hex)) throw new Error('SM2 public key must be 04 + 128 hex chars');
  return hex;
}

function sm3(...parts: Array<Buffer>): Buffer {
  const h = createHash('sm3');
  for (const p of parts) h.update(p);
  return h.digest();
}

const zCache = new Map<string, Buffer>();

/** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA); cached per public key because it never changes. */
function zValue(publicKeyHex: string): Buffer {
  const cached = zCache.get(publicKeyHex);
  if (cached) return cached;
  const id = Buffer.from(DEFAULT_USER_ID, 'utf8');
  const entl = Buffer.from([((id.length * 8) >> 8) & 0xff, (id.length * 8) & 0xff]);
  const z = sm3(entl, id, Buffer.from(CURVE_A + CURVE_B + GX + GY + publicXY(publicKeyHex), 'hex'));
  if (zCache.size > 64) zCache.clear();
  zCache.set(publicKeyHex, z);
  return z;
}

function digest(message: string, publicKeyHex: string): Buffer {
  return sm3(zValue(publicKeyHex), Buffer.from(message, 'utf8'));
}

export function sm2Sign(message: string, keys: Sm2KeyPair): string {
  return sm2.doSignature(digest(message, keys.publicKeyHex) as unknown as string, keys.privateKeyHex, {
    hash: false,
  });
}

export function sm2Verify(message: string, signatureHex: string, publicKeyHex: string): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  try {
    return sm2.doVerifySignature(
      digest(message, publicKeyHex) as unknown as string,
      signatureHex,
      publicKeyHex,
      {
        hash: false,
      },
    );
  } catch {
    return false;
  }
}
