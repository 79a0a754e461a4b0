import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = join(import.meta.dirname, '../../../renderer/i18n/locales');
const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;

/**
 * The text a resident is shown for a device problem, in each of the kiosk's languages, read from the locale
 * source (Node-side code does not import the renderer): `ns` is the locale file, `path` the nested keys in
 * order (e.g. ['identity', 'problems', 'reader-missing']). Throws when a language lacks the text, so a suite
 * that reports a message also shows the screen has words for it. renderer/i18n/resources.test.ts checks that
 * all three languages hold the same keys.
 */
export function residentMessage(
  ns: 'flow',
  path: readonly string[],
): Readonly<Record<(typeof LANGUAGES)[number], string>> {
  const out: Partial<Record<(typeof LANGUAGES)[number], string>> = {};
  for (const lang of LANGUAGES) {
    const source = readFileSync(join(LOCALES, lang, `${ns}.ts`), 'utf8');
    let at = 0;
    for (const key of path) {
      const found = new RegExp(`(^|[\\s{,])['"]?${escapeRegExp(key)}['"]?\\s*:`, 'm').exec(source.slice(at));
      if (!found) throw new Error(`no ${lang} text for ${ns}:${path.join('.')} (missing ${key})`);
      at += found.index + found[0].length;
    }
    const literal = /^\s*(['"`])((?:\\.|(?!\1).)*)\1/s.exec(source.slice(at));
    if (!literal?.[2]?.trim()) throw new Error(`no ${lang} text for ${ns}:${path.join('.')}`);
    out[lang] = literal[2];
  }
  return out as Record<(typeof LANGUAGES)[number], string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One line of what a reliability round tried and how it ended, printed as the suite runs. */
export function report(suite: string, tried: string, outcome: string): void {
  console.log(`${suite}: ${tried} → ${outcome}`);
}
