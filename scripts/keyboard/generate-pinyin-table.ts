/**
 * Regenerates renderer/keyboard/pinyin-table.data.ts, the offline pinyin → 汉字 candidate table of the
 * on-screen keyboard, from two MIT-licensed npm packages pinned below:
 * - @node-rs/jieba: only its dict.txt (jieba's 349k-word dictionary with corpus frequencies) is read; the
 *   frequencies order the candidates;
 * - pinyin-pro: 汉字 → pinyin, word-aware for polyphones (银行 yin'hang, 行长 hang'zhang).
 * Both are installed into a cache folder outside the project (not package.json): only this script needs them and
 * the generated table (~1.7 MB) is committed. Added on top: every character pinyin-pro knows in U+3400–U+4DBF
 * and U+4E00–U+9FFF (rare characters in names, such as 䶮); all province/city/county names from domain/regions,
 * full (天河区) and without suffix (天河), other readings of polyphonic names kept but ranked low, with overrides
 * where pinyin-pro's reading is wrong (大埔 da'bu); and a short list of address words (号, 栋, 街道, 村委会).
 * The output is deterministic: re-running with the same pinned versions gives the same file.
 *
 *   npx tsx scripts/keyboard/generate-pinyin-table.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGION_ROWS } from '../../domain/regions/regions.data';

const PACKAGES = ['pinyin-pro@3.29.4', '@node-rs/jieba@2.0.3'];
/** Words (2–4 characters) rarer than this in jieba's corpus are left out: ~94k words remain. */
const MIN_WORD_FREQUENCY = 10;
/** Address characters and words get at least these frequencies so they show on the first page. */
const ADDRESS_CHAR_FLOOR = 15_000;
const ADDRESS_WORD_FLOOR = 5_000;
const REGION_FULL_FLOOR = 3_000;
const REGION_SHORT_FLOOR = 1_000;
/** Other readings of polyphonic place names: findable, but after ordinary words. */
const ALTERNATIVE_READING_FREQUENCY = 30;

const ADDRESS_CHARS = '号路街道巷弄村镇乡区县市省栋幢座楼层室组屯坊期';
const ADDRESS_WORDS = [
  '街道',
  '社区',
  '居委会',
  '村委会',
  '村民小组',
  '小区',
  '花园',
  '大道',
  '大街',
  '新村',
  '工业区',
  '工业园',
  '广场',
  '大厦',
  '公寓',
  '单元',
  '号楼',
  '门牌',
  '管理区',
  '开发区',
  '经济开发区',
  '自治县',
  '自治州',
];

const SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '新区',
  '林区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
];

type PinyinFn = (text: string, options: Record<string, unknown>) => string[];

function installSources(): string {
  const prefix = join(tmpdir(), 'zizhu-data-src', 'keyboard');
  if (!existsSync(join(prefix, 'node_modules', '@node-rs', 'jieba', 'dict.txt'))) {
    // --omit=optional: jieba's native binary is not needed, only its dictionary file.
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--omit=optional',
        ...PACKAGES,
      ],
      { stdio: 'inherit' },
    );
  }
  return prefix;
}

const prefix = installSources();
const require = createRequire(join(prefix, 'node_modules', 'x.js'));
const { pinyin } = require('pinyin-pro') as { pinyin: PinyinFn };
const jiebaDict = readFileSync(join(prefix, 'node_modules', '@node-rs', 'jieba', 'dict.txt'), 'utf8');

const HAN = /^[\u4e00-\u9fff]+$/;
/** Syllables with a vowel; interjection readings such as m, n, ng, hm are dropped (they break segmentation). */
const SYLLABLE = /^[a-z]*[aeiouv][a-z]*$/;

const frequency = new Map<string, number>();
for (const line of jiebaDict.split('\n')) {
  const [word, freq] = line.split(' ');
  if (word && freq && HAN.test(word)) frequency.set(word, Number(freq));
}

/** key "guang'zhou" → word → frequency */
const table = new Map<string, Map<string, number>>();
function add(syllables: string[], word: string, freq: number): void {
  if (syllables.length !== [...word].length || !syllables.every((s) => SYLLABLE.test(s))) return;
  const key = syllables.join("'");
  const words = table.get(key) ?? new Map<string, number>();
  words.set(word, Math.max(words.get(word) ?? 0, freq));
  table.set(key, words);
}

/** ü is typed as v (lv 绿, nv 女), but 略/虐 are typed lue/nue like jue/que/xue/yue, as other IMEs do. */
function typed(syllable: string): string {
  return syllable === 'lve' || syllable === 'nve' ? `${syllable[0]}ue` : syllable;
}

function wordPinyin(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).map(typed);
}

function readings(char: string): string[] {
  return [...new Set(pinyin(char, { toneType: 'none', type: 'array', v: true, multiple: true }).map(typed))];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Place names whose usual reading pinyin-pro gets wrong. */
const PLACE_READINGS: Readonly<Record<string, string>> = { 大埔: "da'bu" };

/**
 * Readings of a place name: the contextual one (or the override) first, then other combinations of polyphonic
 * characters (capped), which are kept but ranked low so they do not crowd out real words (合作 he'zuo, not ge'zuo).
 */
function placeReadings(name: string): string[][] {
  const usual = PLACE_READINGS[name]?.split("'") ?? wordPinyin(name);
  let combos: string[][] = [[]];
  for (const char of name) {
    combos = combos.flatMap((c) => readings(char).map((r) => [...c, r]));
    if (combos.length > 16) return [usual];
  }
  const key = usual.join("'");
  return [usual, ...combos.filter((c) => c.join("'") !== key)];
}

// 1. Single characters, every reading. A polyphonic character's corpus frequency is shared between its readings
//    as they occur in jieba's words (见 is jian in 看见, 意见 and rarely xian), so 见 does not top "xian".
const readingWeight = new Map<string, Map<string, number>>();
for (const [word, freq] of frequency) {
  const chars = [...word];
  if (chars.length < 2 || !chars.some((c) => readings(c).length > 1)) continue;
  wordPinyin(word).forEach((reading, i) => {
    const char = chars[i]!;
    const weights = readingWeight.get(char) ?? new Map<string, number>();
    weights.set(reading, (weights.get(reading) ?? 0) + freq);
    readingWeight.set(char, weights);
  });
}
for (const code of [...range(0x3400, 0x4dbf), ...range(0x4e00, 0x9fff)]) {
  const char = String.fromCharCode(code);
  const charFrequency = Math.max(
    frequency.get(char) ?? 0,
    ADDRESS_CHARS.includes(char) ? ADDRESS_CHAR_FLOOR : 0,
  );
  const list = readings(char);
  const weights = readingWeight.get(char);
  // pinyin-pro lists the usual reading first: without word evidence it keeps most of the weight.
  const weightOf = (r: string, i: number): number => (weights?.get(r) ?? 0) + (i === 0 ? 1 : 0.1);
  const total = list.reduce((sum, r, i) => sum + weightOf(r, i), 0);
  list.forEach((r, i) =>
    add([r], char, list.length === 1 ? charFrequency : (charFrequency * weightOf(r, i)) / total),
  );
}

// 2. Common words from jieba.
for (const [word, freq] of frequency) {
  const length = [...word].length;
  if (length < 2 || length > 4 || freq < MIN_WORD_FREQUENCY) continue;
  add(wordPinyin(word), word, freq);
}

// 3. Address vocabulary and region names.
for (const word of ADDRESS_WORDS)
  add(wordPinyin(word), word, Math.max(frequency.get(word) ?? 0, ADDRESS_WORD_FLOOR));
for (const line of REGION_ROWS.split('\n')) {
  const name = line.slice(7);
  if (!HAN.test(name) || name === '市辖区' || name.includes('直辖')) continue;
  const suffix = SUFFIXES.find((s) => name.endsWith(s)) ?? '';
  const short = name.slice(0, name.length - suffix.length);
  // Alternative readings only for the proper name (大埔 da'bu/da'pu); the suffix keeps its usual one (区 qu, not ou).
  const suffixPinyin = suffix ? wordPinyin(name).slice(-[...suffix].length) : [];
  placeReadings(short).forEach((r, i) => {
    const rare = i > 0 ? ALTERNATIVE_READING_FREQUENCY : 0;
    add([...r, ...suffixPinyin], name, rare || Math.max(frequency.get(name) ?? 0, REGION_FULL_FLOOR));
    if (suffix && [...short].length >= 2)
      add(r, short, rare || Math.max(frequency.get(short) ?? 0, REGION_SHORT_FLOOR));
  });
}

/** log2 scale in quarter steps: 0–80, enough to order candidates while keeping the file small. */
function score(freq: number): number {
  return Math.round(Math.log2(freq + 1) * 4);
}

// Group by first syllable so the keyboard parses only the groups a resident actually types.
const groups = new Map<string, string[]>();
for (const key of [...table.keys()].sort()) {
  const [first, ...rest] = key.split("'");
  const words = [...table.get(key)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const entry = `${rest.join("'")}:${words.map(([w, f]) => `${w}${score(f)}`).join(' ')}`;
  const list = groups.get(first!) ?? [];
  list.push(entry);
  groups.set(first!, list);
}

const body = [...groups.entries()]
  .map(([first, entries]) => `  ${first}: ${JSON.stringify(entries.join('|'))},`)
  .join('\n');
const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'renderer',
  'keyboard',
  'pinyin-table.data.ts',
);
writeFileSync(
  target,
  `// Generated by scripts/keyboard/generate-pinyin-table.ts from ${PACKAGES.join(', ')} and domain/regions.
// Do not edit by hand. Licences: jieba dictionary MIT, pinyin-pro MIT.
//
// Keyed by first syllable. Value: entries joined by "|"; each entry is "<other syllables, ' separated>:" then
// candidates separated by spaces, each "<汉字><score>" where score = round(4·log2(corpus frequency + 1)),
// best first.

export const PINYIN_TABLE: Readonly<Record<string, string>> = {
${body}
};
`,
);
// Same layout as hand-edited files, so a re-run shows no formatting diff.
execFileSync('npx', ['prettier', '--write', target], { stdio: 'inherit' });
let words = 0;
for (const w of table.values()) words += w.size;
console.log(`wrote ${table.size} keys, ${words} candidates, ${groups.size} first syllables to ${target}`);
