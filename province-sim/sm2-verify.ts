import { sm2 } from 'sm-crypto';
import { sm3Digest } from './sm3-digest';

/**
 * cainfo verification (contract: hex SM2 signature, SM3withSM2, sm-crypto compatible, over the canonical
 * JSON of `input`). The curve arithmetic is sm-crypto's, on purpose: the kiosk signs with a different
 * library (sm-crypto-v2), so a message that verifies here is interoperable, not merely self-consistent.
 *
 * The digest e = SM3(Z ‖ M) (GM/T 0003.2, default signer id 1234567812345678) is computed by sm3Digest
 * (native where the runtime has SM3); the tests sign with sm-crypto's own hashing, which checks that the
 * digests agree.
 */
const SIGNER_ID = Buffer.from('1234567812345678', 'utf8');
// sm2p256v1 a, b, xG, yG (GM/T 0003.5), hashed into Z.
const CURVE_PARAMS = Buffer.from(
  'FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC' +
    '28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93' +
    '32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7' +
    'BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0',
  'hex',
);

function signerZ(publicKeyHex: string): Buffer {
  const entl = SIGNER_ID.length * 8;
  return sm3Digest([
    Buffer.from([(entl >> 8) & 0xff, entl & 0xff]),
    SIGNER_ID,
    CURVE_PARAMS,
    Buffer.from(publicKeyHex.slice(2), 'hex'),
  ]);
}

/** True when `signatureHex` (r‖s, 128 hex) is the SM3withSM2 signature of `message` under the public key. */
export function verifyCainfo(message: string, signatureHex: string, publicKeyHex: string): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex) || !/^04[0-9a-fA-F]{128}$/.test(publicKeyHex)) return false;
  const e = sm3Digest([signerZ(publicKeyHex), Buffer.from(message, 'utf8')]);
  try {
    return sm2.doVerifySignature(Array.from(e), signatureHex, publicKeyHex, { hash: false });
  } catch {
    return false;
  }
}
