/**
 * What node:crypto can do inside Electron. Electron builds Node against Chromium's BoringSSL, not OpenSSL, so a
 * call that works under plain Node can throw in the packaged kiosk: `createHash('sm3')` fails with "Digest
 * method not supported" (electron/electron#34925, #35857: SM3 missing, maintainers' answer: BoringSSL is a
 * subset by design), `createCipheriv('chacha20-poly1305', …)` with "Unknown cipher" (electron/electron#24024).
 * The lists below are what Electron's `crypto.getHashes()` / `getCiphers()` reported in those issues
 * (Electron 9 to 19; ripemd160 was patched back in by electron/electron#16454). They are used by a test that
 * runs the kiosk's crypto paths with node:crypto restricted to them; eslint.config.js bans the known-missing
 * names at call sites. Re-check both against `crypto.getHashes()` in a real Electron when upgrading.
 */
export const ELECTRON_DIGESTS: ReadonlySet<string> = new Set([
  'md4',
  'md5',
  'ripemd160',
  'sha1',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
]);

export const ELECTRON_CIPHERS: ReadonlySet<string> = new Set([
  ...['128', '192', '256'].flatMap((bits) =>
    ['cbc', 'ctr', 'ecb', 'gcm', 'ofb'].map((m) => `aes-${bits}-${m}`),
  ),
  'aes-128-cfb',
  'aes-256-cfb',
  'des-cbc',
  'des-ecb',
  'des-ede',
  'des-ede-cbc',
  'des-ede3-cbc',
  'rc2-cbc',
  'rc4',
]);

/**
 * Names that Node (OpenSSL) accepts and Electron does not, plus the two that Electron still has but only as
 * BoringSSL "decrepit" code (md4, ripemd160). None may appear in Node-side code (lint rule in eslint.config.js).
 */
export const BANNED_ALGORITHMS: ReadonlyArray<string> = [
  'sm3',
  'sm4',
  'sm2',
  'ripemd160',
  'rmd160',
  'md4',
  'mdc2',
  'whirlpool',
  'blake2b512',
  'blake2s256',
  'sha3-224',
  'sha3-256',
  'sha3-384',
  'sha3-512',
  'shake128',
  'shake256',
  'sha512-224',
  'sha512-256',
  'chacha20',
  'chacha20-poly1305',
  'aes-128-ccm',
  'aes-192-ccm',
  'aes-256-ccm',
  'aes-128-ocb',
  'aes-192-ocb',
  'aes-256-ocb',
  'id-aes256-wrap',
  'aes128-wrap',
  'aes256-wrap',
  'camellia-256-cbc',
  'aria-256-gcm',
  'bf-cbc',
];

export function isElectronDigest(name: string): boolean {
  return ELECTRON_DIGESTS.has(name.toLowerCase());
}

export function isElectronCipher(name: string): boolean {
  return ELECTRON_CIPHERS.has(name.toLowerCase());
}
