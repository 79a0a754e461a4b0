import { createHash, getHashes } from 'node:crypto';
import smCrypto from 'sm-crypto';

/**
 * SM3 for the simulator's cainfo check. Under plain Node (development, CI, the browser host) OpenSSL's native SM3
 * is used: sm-crypto's JavaScript SM3 needs about a second for a 2 MiB upload. Electron's BoringSSL has no SM3
 * ("Digest method not supported", electron/electron#34925), so an embedded province in an Electron demo falls
 * back to sm-crypto's, still not the kiosk's own library (sm-crypto-v2).
 */
const NATIVE = getHashes().includes('sm3');

export function sm3Digest(parts: ReadonlyArray<Buffer>): Buffer {
  if (NATIVE) {
    // eslint-disable-next-line no-restricted-syntax -- guarded by getHashes(): never called where SM3 is missing
    const h = createHash('sm3');
    for (const p of parts) h.update(p);
    return h.digest();
  }
  // sm-crypto is CommonJS whose `sm3` export Node's ESM loader cannot see by name.
  return Buffer.from(smCrypto.sm3(Array.from(Buffer.concat(parts))), 'hex');
}
