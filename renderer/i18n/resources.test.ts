import { describe, expect, it } from 'vitest';
import { resources } from './resources';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null) throw new Error(`${prefix}: not a string or object`);
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leafValue(root: unknown, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as string;
}

describe('translations', () => {
  const source = resources['zh-CN'];
  for (const lang of ['zh-TW', 'en'] as const) {
    for (const ns of Object.keys(source) as Array<keyof typeof source>) {
      it(`${lang}:${ns} has exactly the keys of zh-CN, each non-empty with the same placeholders`, () => {
        const expected = leafKeys(source[ns]).sort();
        expect(leafKeys(resources[lang][ns]).sort()).toEqual(expected);
        for (const key of expected) {
          const text = leafValue(resources[lang][ns], key);
          expect(text.trim(), `${lang}:${ns}:${key}`).not.toBe('');
          expect(placeholders(text), `${lang}:${ns}:${key}`).toEqual(placeholders(leafValue(source[ns], key)));
        }
      });
    }
  }
});
