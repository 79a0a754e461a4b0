/**
 * Candidates follow the kiosk's language: the Tegaki model and the word lists are simplified Chinese, so for
 * zh-TW every text is converted with OpenCC (opencc-js, cn → tw). Two simplified candidates can become one
 * traditional character (e.g. 于 and 於 → 於): duplicates are dropped, the first (better) kept.
 */
import * as OpenCC from 'opencc-js/cn2t';
import type { Language } from '../../api/languages';

type Convert = (text: string) => string;
let toTraditional: Convert | null = null;

function traditional(): Convert {
  // Built on first use: the dictionaries take a moment to load and only zh-TW needs them.
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional;
}

export function toScript(texts: readonly string[], language: Language): string[] {
  const converted = language === 'zh-TW' ? texts.map(traditional()) : [...texts];
  return [...new Set(converted)];
}
