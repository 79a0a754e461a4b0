import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkPrivateFile, ensurePrivateDir } from './private-file';

/**
 * Authenticated encryption at rest (AES-256-GCM) for residents' personal data and photos.
 * Layout of a sealed blob: version (1 byte) | iv (12) | tag (16) | ciphertext.
 * `aad` binds a blob to its place (e.g. the photo id), so a blob copied elsewhere fails to open.
 */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class SealError extends Error {
  override readonly name = 'SealError';
}

export function seal(key: Buffer, plaintext: Buffer, aad?: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Buffer, aad?: string): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
    throw new SealError('not a sealed blob of a known version');
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealError('sealed blob failed authentication (wrong key, wrong place or tampered)');
  }
}

/** Text convenience for database columns: UTF-8 in, base64 sealed blob out. */
export function sealText(key: Buffer, text: string, aad?: string): string {
  return seal(key, Buffer.from(text, 'utf8'), aad).toString('base64');
}

export function openText(key: Buffer, sealedBase64: string, aad?: string): string {
  return open(key, Buffer.from(sealedBase64, 'base64'), aad).toString('utf8');
}

/**
 * The kiosk's data key lives in a file of its own (mode 0600, folder 0700) OUTSIDE the data directory
 * (setting keys.dataKeyPath), so a copy of the data directory — a backup, a support bundle, a stolen disk
 * image of /var — is not also a copy of the key. Created on first start; its permissions are checked on
 * every start (private-file.ts). A deployment that has a TPM or key service replaces this function;
 * nothing else knows where keys come from.
 */
export function loadOrCreateKey(path: string): Buffer {
  ensurePrivateDir(dirname(path));
  if (existsSync(path)) {
    checkPrivateFile(path);
    const key = readFileSync(path);
    if (key.length !== KEY_BYTES) throw new SealError(`key file ${path} must hold ${KEY_BYTES} bytes`);
    return key;
  }
  const key = randomBytes(KEY_BYTES);
  writeFileSync(path, key, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return key;
}
