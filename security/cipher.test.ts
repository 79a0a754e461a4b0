import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadOrCreateKey, open, openText, seal, sealText, SealError } from './cipher';

const key = randomBytes(32);

describe('cipher', () => {
  it('round-trips and never leaves the plaintext visible', () => {
    const text = Buffer.from('张三 440106198001010015');
    const sealed = seal(key, text, 'photo:1');
    expect(sealed.includes(text)).toBe(false);
    expect(open(key, sealed, 'photo:1').equals(text)).toBe(true);
    expect(openText(key, sealText(key, '𠀀明'))).toBe('𠀀明');
  });
  it('refuses a tampered blob, a wrong key and a wrong place', () => {
    const sealed = seal(key, Buffer.from('x'), 'a');
    const tampered = Buffer.from(sealed);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    expect(() => open(key, tampered, 'a')).toThrow(SealError);
    expect(() => open(randomBytes(32), sealed, 'a')).toThrow(SealError);
    expect(() => open(key, sealed, 'b')).toThrow(SealError);
    expect(() => open(key, Buffer.from('short'))).toThrow(SealError);
  });
  it('creates the key once with mode 0600 and reads the same key back', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zz-key-')), 'keys', 'data.key');
    const first = loadOrCreateKey(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKey(path).equals(first)).toBe(true);
  });
});
