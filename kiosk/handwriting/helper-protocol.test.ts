import { describe, expect, it } from 'vitest';
import { encodeRequest, parseReply } from './helper-protocol';
import { ZinniaRecognizer } from './zinnia-recognizer';

describe('helper protocol', () => {
  it('encodes one line of integer points in the key order the helper reads', () => {
    const line = encodeRequest({
      id: 3,
      width: 1000,
      height: 1000,
      limit: 5,
      strokes: [
        [
          [1.4, 2.6],
          [3, 4],
        ],
      ],
    });
    expect(line).toBe('{"id":3,"width":1000,"height":1000,"limit":5,"strokes":[[[1,3],[3,4]]]}\n');
  });

  it('parses each kind of reply and calls anything else garbled', () => {
    expect(parseReply('{"ready":true}')).toEqual({ kind: 'ready' });
    expect(parseReply('{"fatal":"no model"}')).toEqual({ kind: 'fatal', message: 'no model' });
    expect(parseReply('{"id":2,"candidates":[["十",1.03],["士",-0.04]]}')).toEqual({
      kind: 'candidates',
      id: 2,
      candidates: [
        { text: '十', score: 1.03 },
        { text: '士', score: -0.04 },
      ],
    });
    expect(parseReply('{"id":4,"error":"bad request"}')).toEqual({
      kind: 'error',
      id: 4,
      message: 'bad request',
    });
    expect(parseReply('not json').kind).toBe('garbled');
    expect(parseReply('{"id":"x","candidates":[]}').kind).toBe('garbled');
  });
});

// The real helper, as scripts/setup.sh builds it (CI runs setup first); absent only on a machine never set up.
const recognizer = new ZinniaRecognizer();
describe.skipIf(!recognizer.available)('the Zinnia helper process', () => {
  it('recognizes 十 drawn as two strokes and survives a request it refuses', async () => {
    const ten = await recognizer.recognize(
      [
        [
          [100, 500],
          [900, 500],
        ],
        [
          [500, 100],
          [500, 900],
        ],
      ],
      5,
    );
    expect(ten[0]?.text).toBe('十');
    expect(ten.length).toBe(5);
    const one = await recognizer.recognize(
      [
        [
          [100, 500],
          [900, 500],
        ],
      ],
      3,
    );
    expect(one[0]?.text).toBe('一');
    await recognizer.close();
  });
});

describe('without the helper', () => {
  it('is unavailable and says why', () => {
    const missing = new ZinniaRecognizer({
      helperPath: '/nonexistent/zinnia-recognize',
      modelPath: '/nonexistent',
    });
    expect(missing.available).toBe(false);
    expect(missing.problem).toContain('/nonexistent/zinnia-recognize');
  });
});
