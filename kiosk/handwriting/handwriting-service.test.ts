import { describe, expect, it } from 'vitest';
import { KioskApiError } from '../../api/result';
import { mediansOf } from '../../tests/support/pen-strokes';
import { HandwritingService, type Recognizer } from './handwriting-service';
import { FILL, normaliseStrokes, SIMPLIFY_TOLERANCE } from './normalise-strokes';
import { toScript } from './script-conversion';
import { lastStrokesFirst } from './stroke-orders';
import { RecognizerUnavailable, ZinniaRecognizer } from './zinnia-recognizer';

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

  it('reads a drawing ending in 辶 a third time, with those three strokes first', async () => {
    const seen: number[][][][] = [];
    const service = new HandwritingService(fake(['芝', '过'], seen));
    const guo = mediansOf('过')!;
    await service.recognize(guo, 'zh-CN', 5);
    expect(seen).toHaveLength(3);
    const reordered = normaliseStrokes(lastStrokesFirst(guo, 3), {
      fill: FILL,
      tolerance: SIMPLIFY_TOLERANCE,
    });
    expect(seen[2]).toEqual(reordered.map((s) => s.map((p) => [...p])));
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

// The real helper and model, as scripts/setup.sh installs them; absent only on a machine never set up.
const zinnia = new ZinniaRecognizer();
describe.skipIf(!zinnia.available)('HandwritingService with the Tegaki model', () => {
  it('finds 辶 characters drawn in the standard order (辶 last), which the model alone does not', async () => {
    const service = new HandwritingService(zinnia);
    try {
      for (const char of ['过', '边', '近', '道']) {
        const medians = mediansOf(char)!;
        const alone = await zinnia.recognize(normaliseStrokes(medians), 10);
        expect(
          alone.slice(0, 5).map((c) => c.text),
          char,
        ).not.toContain(char);
        const { candidates } = await service.recognize(medians, 'zh-CN', 5);
        expect(
          candidates.map((c) => c.text),
          char,
        ).toContain(char);
      }
    } finally {
      await zinnia.close();
    }
  });
});
