import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

/**
 * Obvious mistakes a translator makes and a reviewer misses: Chinese punctuation in English strings, simplified
 * characters left in 繁體 strings (whole strings through opencc-js's 大陆简体 → 台湾正体, which knows phrases,
 * so 批准 is not taken for 準), and "(s)" where i18next's plurals belong.
 */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
}
const strings = (lang: keyof typeof resources) =>
  Object.entries(resources[lang]).flatMap(([ns, bundle]) =>
    leaves(bundle).map(([key, text]) => ({ id: `${ns}:${key}`, text })),
  );

/** Full-width and CJK punctuation (，。：；！？（）【】「」、…); typographic quotes and ellipses are English too. */
const CJK_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;
const HAN = /\p{Script=Han}/u;
/** English strings that rightly show Chinese: language names in their own script, the keyboard's 中 key. */
const CHINESE_IN_ENGLISH = new Set([
  'common:language.zh-CN',
  'common:language.zh-TW',
  'common:voice.languages.cmn',
  'common:voice.languages.yue',
  'common:demo.banner',
  'keyboard:inputChinese',
]);
/** Characters that 台湾正体 writes as they are, though opencc-js prefers another form (臺 is formal, 台 usual). */
const ACCEPTED_IN_TAIWAN = new Set(['台']);
/** The language picker names 简体中文 in its own script on every screen. */
const SIMPLIFIED_IN_TAIWAN = new Set(['common:language.zh-CN']);

describe('locale style', () => {
  it('English strings use English punctuation, and Chinese only beside its English (粤税通) or where listed', () => {
    const bad = strings('en').filter(
      ({ id, text }) =>
        CJK_PUNCTUATION.test(text) ||
        (!CHINESE_IN_ENGLISH.has(id) && HAN.test(text.replace(/\([^)]*\)/g, ''))),
    );
    expect(bad).toEqual([]);
  });

  it('繁體 strings have no simplified characters', () => {
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const bad = strings('zh-TW').flatMap(({ id, text }) => {
      if (SIMPLIFIED_IN_TAIWAN.has(id)) return [];
      const expected = [...toTaiwan(text)];
      const chars = [...text].filter((c, i) => c !== expected[i] && !ACCEPTED_IN_TAIWAN.has(c));
      return chars.length > 0 ? [{ id, chars: chars.join('') }] : [];
    });
    expect(bad).toEqual([]);
  });

  it('no string says "(s)": counted words are i18next plurals (pageCount_one, pageCount_other)', () => {
    const all = [...strings('en'), ...strings('zh-TW'), ...strings('zh-CN')];
    expect(all.filter(({ text }) => /\w\(s\)/.test(text))).toEqual([]);
  });
});
