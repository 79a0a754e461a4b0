import { sm2 } from 'sm-crypto-v2';
import { sm3 } from '../security/sm3';

/**
 * SM3withSM2 signatures as sm-crypto makes them (`doSignature(msg, key, { hash: true })`): hex r‖s, 128 chars,
 * default user id 1234567812345678, so the province (which verifies with sm-crypto) accepts them unchanged.
 * Everything comes from sm-crypto-v2 (noble curves/hashes in JavaScript): Electron's BoringSSL has no SM2 or
 * SM3, so node:crypto cannot be used for either in the kiosk. The digest e = SM3(Z ‖ M) is computed over bytes
 * here and only e goes to the curve step, which avoids sm-crypto-v2's hex round trip of the whole message.
 */
export type Sm2KeyPair = Readonly<{ privateKeyHex: string; publicKeyHex: string }>;

const DEFAULT_USER_ID = '1234567812345678';
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;

/** A fresh key pair (uncompressed public key, 130 hex chars starting 04). Dev and test use only. */
export function generateSm2KeyPair(): Sm2KeyPair {
  const kp = sm2.generateKeyPairHex();
  return { privateKeyHex: kp.privateKey, publicKeyHex: kp.publicKey };
}

/** The uncompressed public key (04 ‖ x ‖ y) of a private key. */
export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex);
}

function uncompressed(publicKeyHex: string): string {
  const hex = publicKeyHex.length === 128 ? `04${publicKeyHex}` : publicKeyHex;
  if (!/^04[0-9a-fA-F]{128}$/.test(hex)) throw new Error('SM2 public key must be 04 + 128 hex chars');
  return hex;
}

const zCache = new Map<string, Uint8Array>();

/** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) (GM/T 0003.2); cached per public key because it never changes. */
function zValue(publicKeyHex: string): Uint8Array {
  const cached = zCache.get(publicKeyHex);
  if (cached) return cached;
  const z = sm2.getZ(uncompressed(publicKeyHex), DEFAULT_USER_ID);
  if (zCache.size > 64) zCache.clear();
  zCache.set(publicKeyHex, z);
  return z;
}

function digest(message: string, publicKeyHex: string): Uint8Array {
  return sm3(zValue(publicKeyHex), Buffer.from(message, 'utf8'));
}

export function sm2Sign(message: string, keys: Sm2KeyPair): string {
  return sm2.doSignature(digest(message, keys.publicKeyHex), keys.privateKeyHex, { hash: false });
}

export function sm2Verify(message: string, signatureHex: string, publicKeyHex: string): boolean {
  if (!SIGNATURE_HEX.test(signatureHex)) return false;
  try {
    return sm2.doVerifySignature(digest(message, publicKeyHex), signatureHex, uncompressed(publicKeyHex), {
      hash: false,
    });
  } catch {
    return false;
  }
}
