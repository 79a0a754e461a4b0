import { sm3 as sm3Hex } from 'sm-crypto-v2';

/**
 * SM3 (GM/T 0004) in JavaScript. Node's `createHash('sm3')` comes from OpenSSL and does not exist in Electron's
 * BoringSSL ("Digest method not supported", see electron-crypto.ts), so the kiosk never asks node:crypto for it.
 */
export function sm3(...parts: ReadonlyArray<Uint8Array>): Uint8Array {
  const input = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
  return Buffer.from(sm3Hex(input), 'hex');
}
