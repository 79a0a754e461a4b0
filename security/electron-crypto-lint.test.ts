import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { BANNED_ALGORITHMS, ELECTRON_CIPHERS, ELECTRON_DIGESTS } from './electron-crypto';

/** The lint rule in eslint.config.js bans exactly the names electron-crypto.ts lists, and only at crypto calls. */
// Loaded by URL: the config is plain JavaScript without type declarations.
const config: unknown = (
  (await import(new URL('../eslint.config.js', import.meta.url).href)) as { default: unknown }
).default;
const rule = (config as Array<{ name?: string; rules?: Linter.RulesRecord }>).find(
  (c) => c.name === 'zizhu/electron-crypto',
);
const lint = (code: string) =>
  new Linter({ configType: 'flat' })
    .verify(code, [{ languageOptions: { sourceType: 'module' }, rules: rule?.rules ?? {} }])
    .map((m) => m.line);

describe('lint: no algorithm Electron lacks', () => {
  it('is configured', () => expect(rule).toBeDefined());

  it.each(BANNED_ALGORITHMS)('flags %s at every node:crypto call', (name) => {
    const code = [
      `createHash('${name}');`,
      `crypto.createHmac('${name.toUpperCase()}', key);`,
      `createCipheriv('${name}', key, iv);`,
      `crypto.createDecipheriv('${name}', key, iv);`,
      `sign('${name}', data, key);`,
    ].join('\n');
    expect(lint(code)).toEqual([1, 2, 3, 4, 5]);
  });

  it('flags mode suffixes (sm4-cbc, sm4-gcm)', () => {
    expect(lint("createCipheriv('sm4-cbc', k, iv);\ncreateCipheriv('SM4-GCM', k, iv);")).toEqual([1, 2]);
  });

  it('leaves what Electron has, and the names elsewhere, alone', () => {
    const allowed = [...ELECTRON_DIGESTS]
      .filter((d) => !BANNED_ALGORITHMS.includes(d))
      .map((d) => `createHash('${d}');`);
    const ciphers = [...ELECTRON_CIPHERS].map((c) => `createCipheriv('${c}', k, iv);`);
    expect(
      lint([...allowed, ...ciphers, "const label = 'sm3';", "log('sm3 in a message');"].join('\n')),
    ).toEqual([]);
  });
});
