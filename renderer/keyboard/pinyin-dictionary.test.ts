import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createPinyinDictionary } from './pinyin-dictionary';
import { PINYIN_TABLE } from './pinyin-table.data';

const dictionary = createPinyinDictionary(PINYIN_TABLE);
const texts = (buffer: string, n = 8) =>
  dictionary
    .lookup(buffer)
    .slice(0, n)
    .map((c) => c.text);
const position = (buffer: string, text: string) =>
  dictionary.lookup(buffer).findIndex((c) => c.text === text);

describe('pinyin dictionary (generated table)', () => {
  it.each([
    ['guangzhou', '广州'],
    ['tianhe', '天河'],
    ['tianhequ', '天河区'],
    ['guangzhoushi', '广州市'],
    ['guangdongsheng', '广东省'],
    ['jiedao', '街道'],
    ['shequ', '社区'],
    ['cunweihui', '村委会'],
    ['dongguan', '东莞'],
    ['panyu', '番禺'],
    ['zhongshanlu', '中山路'],
    ['cun', '村'],
    ['lu', '路'],
  ])('offers %s → %s first', (buffer, word) => {
    expect(texts(buffer)[0]).toBe(word);
  });

  it.each([
    ['hao', '号', 3],
    ['dong', '栋', 3],
    ['hao', '好', 1],
    ['gz', '广州', 5],
    ['guangz', '广州', 1],
    ['xian', '西安', 16],
    ['dabu', '大埔', 1],
    ['lue', '略', 1],
    ['lv', '绿', 3],
    ['zhang', '张', 1],
  ])('offers %s → %s within the first %i', (buffer, word, within) => {
    const at = position(buffer, word);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(within);
  });

  it('does not rank another reading of a polyphonic character first (见 is not xian)', () => {
    expect(position('xian', '见')).toBeGreaterThan(8);
    expect(texts('xian')[0]).not.toBe('见');
  });

  it('leaves abbreviated readings out when an exact one exists (yan: not 议案)', () => {
    expect(texts('yan', 50)).not.toContain('议案');
  });

  it('offers the leading syllables after the whole-buffer words, with what they consume', () => {
    const list = dictionary.lookup('guangzhou');
    const guang = list.find((c) => c.text === '广');
    expect(guang?.consumed).toBe(5);
    expect(list.find((c) => c.text === '广州')?.consumed).toBe(9);
    expect(list.findIndex((c) => c.text === '广')).toBeGreaterThan(list.findIndex((c) => c.text === '广州'));
  });

  it('reads an explicit separator', () => {
    expect(texts("xi'an")[0]).toBe('西安');
    expect(dictionary.lookup("xi'an")[0]?.consumed).toBe(5);
  });

  it('covers rare characters for names', () => {
    expect(texts('yan', 400)).toContain('䶮');
    expect(position('yan', '妍')).toBeGreaterThanOrEqual(0);
  });

  it('returns nothing for an empty or non-pinyin buffer', () => {
    expect(dictionary.lookup('')).toEqual([]);
    expect(dictionary.lookup('vvv')).toEqual([]);
  });

  it('respects the limit and answers repeated lookups consistently', () => {
    expect(dictionary.lookup('s', 10)).toHaveLength(10);
    expect(dictionary.lookup('s', 20)).toHaveLength(20);
    expect(dictionary.lookup('s', 10)).toHaveLength(10);
  });

  it('has only lower-case syllable keys and stays a few MB', () => {
    const keys = Object.keys(PINYIN_TABLE);
    expect(keys.length).toBeGreaterThan(400);
    expect(keys.every((k) => /^[a-z]+$/.test(k))).toBe(true);
    const size = Object.values(PINYIN_TABLE).reduce((sum, v) => sum + v.length, 0);
    expect(size).toBeLessThan(3_000_000);
  });

  const syllable = fc.constantFrom(...Object.keys(PINYIN_TABLE));
  test.prop([fc.array(syllable, { minLength: 1, maxLength: 4 }), fc.nat(5)])(
    'every candidate consumes a non-empty prefix of the buffer',
    (syllables, cut) => {
      const joined = syllables.join('');
      const buffer = joined.slice(0, Math.max(1, joined.length - cut));
      const list = dictionary.lookup(buffer, 50);
      expect(list.length).toBeGreaterThan(0);
      for (const c of list) {
        expect(c.consumed).toBeGreaterThan(0);
        expect(c.consumed).toBeLessThanOrEqual(buffer.length);
        expect(c.text).toMatch(/^[\u3400-\u4dbf\u4e00-\u9fff]+$/);
      }
    },
  );
});
