import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_PATTERN, verifyPin } from './pin-hash';

describe('admin PIN hashes', () => {
  it('verifies the PIN it was made from and no other', async () => {
    const hash = await hashPin('482913');
    expect(hash).toMatch(PIN_HASH_PATTERN);
    expect(hash).not.toContain('482913');
    expect(await verifyPin('482913', hash)).toBe(true);
    expect(await verifyPin('482914', hash)).toBe(false);
    expect(await verifyPin('48291', hash)).toBe(false);
  });

  it('salts every hash: the same PIN twice gives two different strings, both valid', async () => {
    const [a, b] = await Promise.all([hashPin('2580'), hashPin('2580')]);
    expect(a).not.toBe(b);
    expect(await verifyPin('2580', a)).toBe(true);
    expect(await verifyPin('2580', b)).toBe(true);
  });

  it('refuses a malformed hash or parameters that would hang the kiosk', async () => {
    const hash = await hashPin('2580');
    expect(await verifyPin('2580', 'plaintext-2580')).toBe(false);
    expect(await verifyPin('2580', hash.replace(/^scrypt\$\d+/, 'scrypt$1073741824'))).toBe(false);
    const [, , r, p, salt] = hash.split('$');
    expect(await verifyPin('2580', `scrypt$32768$${r}$${p}$${salt}$${'A'.repeat(44)}`)).toBe(false);
  });
});
