import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { KeyboardWedgeDecoder, type WedgeKey } from './keyboard-wedge';
import { QR_FIXTURES } from '../../devices/scanner/qr-fixtures';

/** Keys of `text` then Enter, `gapMs` apart, starting at `t0`. */
function typed(text: string, gapMs: number, t0 = 1000): WedgeKey[] {
  const keys = Array.from(text, (key, i) => ({ key, time: t0 + i * gapMs }));
  return [...keys, { key: 'Enter', time: t0 + text.length * gapMs }];
}

function run(decoder: KeyboardWedgeDecoder, keys: WedgeKey[]): string[] {
  return keys.flatMap((k) => {
    const r = decoder.feed(k);
    return r === null ? [] : [r];
  });
}

describe('KeyboardWedgeDecoder', () => {
  it('emits a fast burst ending in Enter', () => {
    expect(run(new KeyboardWedgeDecoder(), typed(QR_FIXTURES.hex64, 4))).toEqual([QR_FIXTURES.hex64]);
  });

  it('ignores a person typing the same characters', () => {
    expect(run(new KeyboardWedgeDecoder(), typed(QR_FIXTURES.short, 120))).toEqual([]);
  });

  it('ignores Shift between characters (upper case from a scanner) and keeps case', () => {
    const keys = Array.from('AbCdEfGh12', (key, i) => ({ key, time: i * 5 }));
    const withShift = keys.flatMap((k) =>
      k.key === k.key.toUpperCase() && /[A-Z]/.test(k.key) ? [{ key: 'Shift', time: k.time }, k] : [k],
    );
    expect(run(new KeyboardWedgeDecoder(), [...withShift, { key: 'Enter', time: 60 }])).toEqual([
      'AbCdEfGh12',
    ]);
  });

  it('drops slow human keys before a scan and still reads the scan', () => {
    const human = Array.from('12345', (key, i) => ({ key, time: i * 150 }));
    expect(run(new KeyboardWedgeDecoder(), [...human, ...typed(QR_FIXTURES.short, 3, 2000)])).toEqual([
      QR_FIXTURES.short,
    ]);
  });

  it('refuses codes shorter than minLength', () => {
    expect(run(new KeyboardWedgeDecoder({ minLength: 8 }), typed('1234', 3))).toEqual([]);
  });

  it('an editing key (Backspace) discards what came before it', () => {
    const keys = typed(QR_FIXTURES.short, 3);
    keys.splice(5, 0, { key: 'Backspace', time: keys[4]!.time + 1 });
    expect(run(new KeyboardWedgeDecoder(), keys)).toEqual([QR_FIXTURES.short.slice(5)]);
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9+/=._-]{8,200}$/), fc.integer({ min: 1, max: 30 })])(
    'any code typed at scanner speed is read back exactly',
    (code, gap) => {
      expect(run(new KeyboardWedgeDecoder(), typed(code, gap))).toEqual([code]);
    },
  );

  test.prop([
    fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
    fc.array(fc.integer({ min: 60, max: 600 }), { minLength: 40, maxLength: 40 }),
  ])('human typing (every gap ≥ 60 ms) never produces a scan', (text, gaps) => {
    let t = 0;
    const keys = Array.from(text, (key, i) => ({ key, time: (t += gaps[i] ?? 100) }));
    keys.push({ key: 'Enter', time: t + (gaps[39] ?? 100) });
    expect(run(new KeyboardWedgeDecoder(), keys)).toEqual([]);
  });
});
