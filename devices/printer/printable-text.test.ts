import { describe, expect, it } from 'vitest';
import { isDoubleByteFontCode, printableCell, toPrintable } from './printable-text';

const hex = (c: ReturnType<typeof printableCell>): string | null =>
  c ? Buffer.from(c.bytes).toString('hex') : null;

describe('printable text', () => {
  it('keeps ASCII single-byte and GB2312/GBK characters double-byte', () => {
    expect(hex(printableCell('A'))).toBe('41');
    expect(hex(printableCell('医'))).toBe('d2bd');
    expect(hex(printableCell('€'))).toBe('a2e3'); // gb18030, not gbk's 0x80
    expect(hex(printableCell('：'))).toBe('a3ba');
    expect(printableCell('医')?.columns).toBe(2);
  });

  it('refuses 4-byte GB18030 characters, private use, surrogates and controls', () => {
    for (const ch of ['𬌗', '𠀀', '㐀', '•', '\uE000', '\uD800', '\u0000', '\u001b', '\u007f']) {
      expect(printableCell(ch), JSON.stringify(ch)).toBeNull();
    }
  });

  it('accepts areas 1–5 and rejects the user-defined areas', () => {
    expect(isDoubleByteFontCode(0xa1, 0xa1)).toBe(true); // area 1
    expect(isDoubleByteFontCode(0xb0, 0xa1)).toBe(true); // area 2
    expect(isDoubleByteFontCode(0x81, 0x40)).toBe(true); // area 3
    expect(isDoubleByteFontCode(0xaa, 0x40)).toBe(true); // area 4
    expect(isDoubleByteFontCode(0xa8, 0x40)).toBe(true); // area 5
    expect(isDoubleByteFontCode(0xaa, 0xa1)).toBe(false); // user-defined AAA1–AFFE
    expect(isDoubleByteFontCode(0xf8, 0xa1)).toBe(false); // user-defined F8A1–FEFE
    expect(isDoubleByteFontCode(0xa1, 0x40)).toBe(false); // user-defined A140–A7A0
    expect(isDoubleByteFontCode(0x81, 0x7f)).toBe(false);
  });

  it('replaces and reports each unprintable character once, tabs become spaces', () => {
    const p = toPrintable('𬌗\t𬌗㐀');
    expect(p.cells.map((c) => c.char).join('')).toBe('□ □□');
    expect(p.replaced).toEqual(['𬌗', '㐀']);
  });

  it('refuses an unprintable replacement glyph', () => {
    expect(() => toPrintable('x', '𬌗')).toThrow();
  });
});
