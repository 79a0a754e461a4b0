/**
 * Regenerates domain/regions/region-names.data.ts: each division's name in 繁體 (opencc-js, 大陆简体 → 台湾正体)
 * and in English (pinyin from pinyin-pro, word-aware for polyphones such as 重庆 Chongqing, with the English
 * word for the division's kind: 广东省 Guangdong, 高州市 Gaozhou, 天河区 Tianhe District). Both
 * packages are installed into a cache folder outside the project, not package.json: only this script needs
 * them and the generated table is committed.
 *
 *   npx tsx scripts/regions/generate-region-translations.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGION_ROWS } from '../../domain/regions/regions.data';

const PACKAGES = ['opencc-js@1.0.5', 'pinyin-pro@3.29.4'];

function installSources(): string {
  const prefix = join(tmpdir(), 'zizhu-data-src', 'region-names');
  if (
    !existsSync(join(prefix, 'node_modules', 'opencc-js')) ||
    !existsSync(join(prefix, 'node_modules', 'pinyin-pro'))
  ) {
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
        ...PACKAGES,
      ],
      { stdio: 'inherit' },
    );
  }
  return prefix;
}

/**
 * Names whose English is not their pinyin and the kind: the provincial level as it is named in English (the
 * autonomous regions and SARs by their official short forms, 陕西 Shaanxi apart from 山西 Shanxi).
 */
const OFFICIAL_EN: Readonly<Record<string, string>> = {
  内蒙古自治区: 'Inner Mongolia',
  广西壮族自治区: 'Guangxi',
  西藏自治区: 'Tibet',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  香港特别行政区: 'Hong Kong SAR',
  澳门特别行政区: 'Macao SAR',
  台湾省: 'Taiwan',
  陕西省: 'Shaanxi',
  市辖区: 'City districts',
  县: 'Counties',
  省直辖县级行政区划: 'County-level divisions under the province',
  自治区直辖县级行政区划: 'County-level divisions under the autonomous region',
};

/** The kind of division, longest suffix first: what it is called in English and where the word goes. */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['特别行政区', ' SAR'],
  ['自治州', ' Prefecture'],
  ['自治县', ' Autonomous County'],
  ['自治旗', ' Autonomous Banner'],
  ['林区', ' Forestry District'],
  ['特区', ' Special District'],
  ['新区', ' New Area'],
  ['地区', ' Prefecture'],
  // A province is named without the word, as in addresses: "Tianhe District, Guangzhou, Guangdong".
  ['省', ''],
  ['市', ''],
  ['区', ' District'],
  ['县', ' County'],
  ['盟', ' League'],
  ['旗', ' Banner'],
];

/** Minority names before 自治州/自治县 (e.g. 连南瑶族自治县): dropped from the pinyin, kept as "Autonomous". */
const ETHNIC_GROUPS = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
)
  .split(' ')
  .map((g) => `${g}族`)
  .sort((a, b) => b.length - a.length);

/** Peoples whose English name is not their pinyin; the others are their pinyin (瑶族 Yao, 傣族 Dai). */
const PEOPLE_EN: Readonly<Record<string, string>> = {
  藏族: 'Tibetan',
  蒙古族: 'Mongolian',
  朝鲜族: 'Korean',
  维吾尔族: 'Uygur',
  哈萨克族: 'Kazak',
  柯尔克孜族: 'Kirgiz',
  塔吉克族: 'Tajik',
  乌孜别克族: 'Uzbek',
  俄罗斯族: 'Russian',
  塔塔尔族: 'Tatar',
  满族: 'Manchu',
  达斡尔族: 'Daur',
  鄂温克族: 'Evenk',
  鄂伦春族: 'Oroqen',
  各族: 'Various Nationalities',
};

/** The stem's place name and the peoples named before 自治州/自治县 (连南瑶族自治县: 连南, [瑶族]). */
function splitPeoples(stem: string): { place: string; peoples: string[] } {
  let place = stem;
  const peoples: string[] = [];
  for (;;) {
    const group = ETHNIC_GROUPS.find((g) => place.endsWith(g) && place.length > g.length);
    if (!group) return { place, peoples };
    peoples.unshift(group);
    place = place.slice(0, -group.length);
  }
}

/** "Yao", "Dai and Jingpo", "Miao, Yao and Dai". */
function listPeoples(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Whole stems whose English is not pinyin-pro's reading: the official names of the western and northern
 * cities (Harbin, Urumqi, Lhasa) and polyphones it reads wrongly in these names (乐清 Yueqing, 单县 Shan).
 */
const STEM_EN: Readonly<Record<string, string>> = {
  哈尔滨: 'Harbin',
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  包头: 'Baotou',
  鄂尔多斯: 'Ordos',
  巴彦淖尔: 'Bayannur',
  呼伦贝尔: 'Hulunbuir',
  乌兰察布: 'Ulanqab',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  兴安: 'Hinggan',
  拉萨: 'Lhasa',
  日喀则: 'Shigatse',
  林芝: 'Nyingchi',
  昌都: 'Qamdo',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  喀什: 'Kashgar',
  和田: 'Hotan',
  阿克苏: 'Aksu',
  阿勒泰: 'Altay',
  吐鲁番: 'Turpan',
  克拉玛依: 'Karamay',
  伊犁: 'Ili',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu',
  乐清: 'Yueqing',
  乐亭: 'Laoting',
  涡阳: 'Guoyang',
  大埔: 'Dabu',
  黄陂: 'Huangpi',
  筠连: 'Junlian',
  繁峙: 'Fanshi',
  什邡: 'Shifang',
  泌阳: 'Biyang',
  六合: 'Luhe',
  单: 'Shan',
  尉犁: 'Yuli',
  蔚: 'Yu',
  浚: 'Xun',
  歙: 'She',
  洪洞: 'Hongtong',
  曾都: 'Zengdu',
  鄂温克族: 'Evenk',
  鄂伦春: 'Oroqen',
  莫力达瓦: 'Morin Dawa',
};

/** Characters pinyin-pro reads otherwise than every place name does: 都 dū (成都, 宁都), 蚌 bèng (蚌埠). */
const PLACE_READINGS: Readonly<Record<string, string>> = { 都: 'du', 蚌: 'beng' };

type Pinyin = (text: string, options: Record<string, unknown>) => string;

function romanise(stem: string, pinyin: Pinyin): string {
  const official = STEM_EN[stem];
  if (official) return official;
  const chars = [...stem];
  const syllables = (pinyin(stem, { toneType: 'none', type: 'array', v: true }) as unknown as string[]).map(
    (s, i) => PLACE_READINGS[chars[i] ?? ''] ?? s,
  );
  // Official romanisation joins syllables; an apostrophe marks a syllable starting with a vowel (Xi'an).
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}`;
}

function english(name: string, pinyin: Pinyin): string {
  const official = OFFICIAL_EN[name];
  if (official) return official;
  // A stem is at least two characters: 清新区 is 清新 + 区 (Qingxin District), not 清 + 新区.
  const suffix = SUFFIXES.find(
    ([zh]) => name.endsWith(zh) && name.length - zh.length >= (zh === '新区' ? 2 : 1),
  );
  const stem = suffix ? name.slice(0, -suffix[0].length) : name;
  let kind = suffix ? suffix[1] : '';
  if (suffix && (suffix[0] === '自治州' || suffix[0] === '自治县' || suffix[0] === '自治旗')) {
    // 连南瑶族自治县 Liannan Yao Autonomous County, 德宏傣族景颇族自治州 Dehong Dai and Jingpo Autonomous Prefecture
    const { place, peoples } = splitPeoples(stem);
    const names = peoples.map((p) => PEOPLE_EN[p] ?? romanise(p.slice(0, -1), pinyin));
    if (suffix[0] === '自治州') kind = ' Autonomous Prefecture';
    return `${romanise(place, pinyin)}${names.length > 0 ? ` ${listPeoples(names)}` : ''}${kind}`;
  }
  return `${romanise(stem, pinyin)}${kind}`;
}

const prefix = installSources();
const require = createRequire(join(prefix, 'node_modules', 'index.js'));
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
const { pinyin } = require('pinyin-pro') as { pinyin: Pinyin };
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const rows = REGION_ROWS.trim()
  .split('\n')
  .map((line) => {
    const [code, name] = line.split(' ') as [string, string];
    return `${code} ${toTraditional(name)}|${english(name, pinyin)}`;
  });
const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'domain',
  'regions',
  'region-names.data.ts',
);
writeFileSync(
  target,
  `// Generated by scripts/regions/generate-region-translations.ts from domain/regions/regions.data.ts with
// ${PACKAGES.join(' and ')}. Do not edit by hand. Licences: opencc-js MIT, pinyin-pro MIT.
// One row per division: "<6-digit code> <繁體 name>|<English name>".

export const REGION_NAME_ROWS = \`
${rows.join('\n')}
\`;
`,
);
execFileSync('npx', ['prettier', '--write', target], { stdio: 'inherit' });
console.log(`wrote ${rows.length} rows to ${target}`);
