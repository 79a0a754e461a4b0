import { describe, expect, it } from 'vitest';
import { lettersCovered, segmentations, syllableSet } from './pinyin-segment';

const SET = syllableSet([
  'guang',
  'guan',
  'gu',
  'zhou',
  'xi',
  'an',
  'xian',
  'a',
  'zhong',
  'shan',
  'lu',
  'sha',
  'e',
  'ge',
]);
const texts = (buffer: string) =>
  segmentations(buffer, SET).map((seg) => seg.map((s) => (s.full ? s.text : `${s.text}?`)).join(' '));

describe('segmentations', () => {
  it('reads whole syllables first', () => {
    expect(texts('guangzhou')[0]).toBe('guang zhou');
  });

  it('keeps every equally good reading of ambiguous input', () => {
    expect(texts('xian')).toEqual(expect.arrayContaining(['xian', 'xi an']));
    expect(texts('xian')[0]).toBe('xian');
  });

  it('accepts initials as abbreviations and an unfinished last syllable', () => {
    expect(texts('gz')).toEqual(['g? z?']);
    expect(texts('guangzh')[0]).toBe('guang zh?');
    expect(texts('zhongsha')[0]).toBe('zhong sha');
    expect(texts('zhongshanl')[0]).toBe('zhong shan l?');
  });

  it('honours an explicit separator', () => {
    expect(texts("xi'an")[0]).toBe('xi an');
    expect(texts("xi'an")).not.toContain('xian');
  });

  it('finds nothing for letters that cannot be pinyin', () => {
    expect(segmentations('vvv', SET)).toEqual([]);
    expect(segmentations('guangv', SET)).toEqual([]);
  });

  it('stays bounded on pathological input', () => {
    const result = segmentations('a'.repeat(40), SET, 5);
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(5);
  });

  it('counts covered letters including separators', () => {
    const [seg] = segmentations("xi'an", SET);
    expect(lettersCovered("xi'an", seg!, 1)).toBe(3);
    expect(lettersCovered("xi'an", seg!, 2)).toBe(5);
    const [best] = segmentations('guangzhou', SET);
    expect(lettersCovered('guangzhou', best!, 1)).toBe(5);
  });
});
