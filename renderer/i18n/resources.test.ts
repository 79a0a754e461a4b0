import { describe, expect, it } from 'vitest';
import { resources } from './resources';

/** Every leaf string with its path (keys may contain dots, e.g. errors['idNumber.length'], so paths are arrays). */
function leaves(value: unknown, path: string[] = []): Map<string, string> {
  if (typeof value === 'string') return new Map([[JSON.stringify(path), value]]);
  if (typeof value !== 'object' || value === null)
    throw new Error(`${path.join(' › ')}: not a string or object`);
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value))
    for (const [p, text] of leaves(v, [...path, k])) out.set(p, text);
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('translations', () => {
  const source = resources['zh-CN'];
  for (const lang of ['zh-TW', 'en'] as const) {
    for (const ns of Object.keys(source) as Array<keyof typeof source>) {
      it(`${lang}:${ns} has exactly the keys of zh-CN, each non-empty with the same placeholders`, () => {
        const expected = leaves(source[ns]);
        const actual = leaves(resources[lang][ns]);
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [path, text] of actual) {
          expect(text.trim(), `${lang}:${ns}:${path}`).not.toBe('');
          expect(placeholders(text), `${lang}:${ns}:${path}`).toEqual(placeholders(expected.get(path) ?? ''));
        }
      });
    }
  }
});

describe('code labels', () => {
  it('every value of every code table shown on screen has a label in every language', async () => {
    const { CODE_KEYS } = await import('../../domain/codes/code-keys');
    const { resources } = await import('./resources');
    for (const [lang, namespaces] of Object.entries(resources)) {
      const options = (namespaces as { flow: { options: Record<string, Record<string, string>> } }).flow
        .options;
      for (const [table, keys] of Object.entries(CODE_KEYS)) {
        if (table === 'matl_type') continue; // materials are named by their documents (flow:materials)
        for (const key of keys) expect(options[table]?.[key], `${lang} ${table}.${key}`).toBeTruthy();
      }
    }
  });
});
