import { describe, expect, it } from 'vitest';
import { KioskApiError } from '../../api/result';
import { HandwritingService, type Recognizer } from './handwriting-service';
import { toScript } from './script-conversion';
import { RecognizerUnavailable } from './zinnia-recognizer';

const fake = (texts: string[], seen: number[][][][] = []): Recognizer => ({
  available: true,
  recognize: async (strokes, limit) => {
    seen.push(strokes.map((s) => s.map((p) => [...p])));
    return texts.slice(0, limit).map((text, i) => ({ text, score: 1 - i / 10 }));
  },
});

describe('toScript', () => {
  it('converts to traditional for zh-TW and leaves zh-CN and en as the model gave them', () => {
    expect(toScript(['广', '门', '体'], 'zh-TW')).toEqual(['廣', '門', '體']);
    expect(toScript(['广', '门'], 'zh-CN')).toEqual(['广', '门']);
    expect(toScript(['广'], 'en')).toEqual(['广']);
  });

  it('drops a duplicate made by the conversion, keeping the better one first', () => {
    // 发 becomes 發, and 發 (already traditional) stays 發: one candidate, not two.
    expect(toScript(['发', '發', '门'], 'zh-TW')).toEqual(['發', '門']);
  });
});

describe('HandwritingService', () => {
  it('sends the drawing normalised into the recognizer box and pairs each shown text with its simplified form', async () => {
    const seen: number[][][][] = [];
    const service = new HandwritingService(fake(['广', '厂', '门'], seen));
    const { candidates } = await service.recognize(
      [
        [
          [10, 10],
          [20, 10],
        ],
      ],
      'zh-TW',
      2,
    );
    expect(candidates).toEqual([
      { text: '廣', simplified: '广' },
      { text: '廠', simplified: '厂' },
    ]);
    expect(seen[0]).toEqual([
      [
        [100, 500],
        [900, 500],
      ],
    ]);
    expect(seen).toHaveLength(2); // read twice, at two simplifications (rank-candidates.ts)
  });

  it('is refused as unavailable when the recognizer is not installed or dies', async () => {
    const missing = new HandwritingService({ available: false, recognize: async () => [] });
    expect(missing.status()).toEqual({ available: false });
    await expect(missing.recognize([[[1, 1]]], 'zh-CN', 5)).rejects.toMatchObject({ code: 'unavailable' });
    const dying = new HandwritingService({
      available: true,
      recognize: async () => {
        throw new RecognizerUnavailable('the handwriting helper exited');
      },
    });
    await expect(dying.recognize([[[1, 1]]], 'zh-CN', 5)).rejects.toBeInstanceOf(KioskApiError);
  });

  it('converts texts one for one (no dedup), so the renderer can pair them', () => {
    const service = new HandwritingService(fake([]));
    expect(service.convert(['发', '發', '民'], 'zh-TW').texts).toEqual(['發', '發', '民']);
    expect(service.convert(['发'], 'zh-CN').texts).toEqual(['发']);
  });
});
