import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateKey } from './cipher';
import { KeyPermissionError } from './private-file';
import { loadSecrets, SecretsError } from './secrets';

const base = () => mkdtempSync(join(tmpdir(), 'zz-keys-'));
const SECRETS = { paasToken: 'tok', privateKeyHex: 'a'.repeat(64) };

describe('data key file', () => {
  it('is created 0600 in a 0700 folder', () => {
    const dir = join(base(), 'etc', 'zizhu', 'keys');
    loadOrCreateKey(join(dir, 'data.key'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'data.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses a 0644 key file, naming the path and the mode', () => {
    const dir = join(base(), 'keys');
    const path = join(dir, 'data.key');
    loadOrCreateKey(path);
    chmodSync(path, 0o644);
    expect(() => loadOrCreateKey(path)).toThrow(KeyPermissionError);
    expect(() => loadOrCreateKey(path)).toThrow(`key file ${path} has mode 0644; it must be 0600`);
  });

  it('refuses a key in a 0755 folder, naming the folder and the mode', () => {
    const dir = join(base(), 'keys');
    const path = join(dir, 'data.key');
    loadOrCreateKey(path);
    chmodSync(dir, 0o755);
    expect(() => loadOrCreateKey(path)).toThrow(`key folder ${dir} has mode 0755; it must be 0700`);
    // Also before a key exists: nothing is written into a folder others can read.
    const open = join(base(), 'open');
    mkdirSync(open, { mode: 0o755 });
    chmodSync(open, 0o755);
    expect(() => loadOrCreateKey(join(open, 'data.key'))).toThrow(KeyPermissionError);
  });

  it('refuses a key file that is a symbolic link', () => {
    const dir = join(base(), 'keys');
    const real = join(dir, 'real.key');
    loadOrCreateKey(real);
    const link = join(dir, 'data.key');
    symlinkSync(real, link);
    expect(() => loadOrCreateKey(link)).toThrow(/symbolic link/);
  });
});

describe('secrets file', () => {
  const write = (mode: number, dirMode = 0o700, body: unknown = SECRETS): string => {
    const dir = join(base(), 'keys');
    mkdirSync(dir, { mode: dirMode });
    chmodSync(dir, dirMode);
    const path = join(dir, 'secrets.json');
    writeFileSync(path, JSON.stringify(body), { mode });
    chmodSync(path, mode);
    return path;
  };

  it('reads paasToken and the SM2 key from a 0600 file in a 0700 folder; null when absent', () => {
    expect(loadSecrets(write(0o600))).toEqual(SECRETS);
    expect(loadSecrets(join(base(), 'keys', 'none.json'))).toBeNull();
  });

  it('refuses a 0644 secrets file and a 0755 folder', () => {
    const loose = write(0o644);
    expect(() => loadSecrets(loose)).toThrow(`key file ${loose} has mode 0644; it must be 0600`);
    const openDir = write(0o600, 0o755);
    expect(() => loadSecrets(openDir)).toThrow(/key folder .* has mode 0755; it must be 0700/);
  });

  it('refuses a malformed secrets file with the field named', () => {
    expect(() => loadSecrets(write(0o600, 0o700, { paasToken: 'x', privateKeyHex: 'nothex' }))).toThrow(
      SecretsError,
    );
    expect(() => loadSecrets(write(0o600, 0o700, { paasToken: 'x', privateKeyHex: 'nothex' }))).toThrow(
      /privateKeyHex: must be 64 hex digits/,
    );
  });
});
