import { describe, expect, it } from 'vitest';
import { encodeReceipt, InvalidReceiptError } from './encode-receipt';
import type { ReceiptDocument } from './receipt-document';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const PREAMBLE = '1b40' + '1c26'; // ESC @, FS &

describe('encodeReceipt', () => {
  it('sends mixed Chinese/ASCII text as GB18030 double bytes inside Chinese mode', () => {
    const doc: ReceiptDocument = { blocks: [{ type: 'text', text: '医保电子凭证：张三 ID:12' }] };
    const { bytes, replaced } = encodeReceipt(doc, { width: 58 });
    // devices.md §2.1 observed bytes for "医保电子凭证：张三", then " ID:12" and LF.
    expect(hex(bytes)).toBe(PREAMBLE + 'd2bdb1a3b5e7d7d3c6bed6a4a3bad5c5c8fd' + '2049443a3132' + '0a');
    expect(replaced).toEqual([]);
  });

  it('replaces a character that needs a 4-byte GB18030 sequence and reports it', () => {
    const { bytes, replaced } = encodeReceipt(
      { blocks: [{ type: 'text', text: '姓名：李𬌗' }] },
      { width: 80 },
    );
    // 李 = c0ee, 𬌗 (gb18030 9931d239) → □ = a1f5
    expect(hex(bytes)).toBe(PREAMBLE + 'd0d5c3fba3ba' + 'c0ee' + 'a1f5' + '0a');
    expect(replaced).toEqual(['𬌗']);
  });

  it('replaces control and private-use characters, reporting each once', () => {
    const { bytes, replaced } = encodeReceipt(
      { blocks: [{ type: 'text', text: 'a\u0007b\uE000\uE000' }] },
      { width: 58, replacement: '?' },
    );
    expect(hex(bytes)).toBe(PREAMBLE + '613f623f3f0a');
    expect(replaced).toEqual(['\u0007', '\uE000']);
  });

  it('wraps at 16 Chinese characters on 58 mm and 24 on 80 mm', () => {
    const text = '城乡居民基本医疗保险参保登记业务办理完成请留意短信通知';
    const lines = (width: 58 | 80): string[] =>
      hex(encodeReceipt({ blocks: [{ type: 'text', text }] }, { width }).bytes)
        .slice(PREAMBLE.length)
        .split('0a')
        .filter(Boolean);
    const at58 = lines(58);
    expect(at58.map((l) => l.length / 4)).toEqual([16, 11]);
    const at80 = lines(80);
    expect(at80.map((l) => l.length / 4)).toEqual([24, 3]);
  });

  it('wraps mixed text by display width: ASCII words stay whole, CJK counts two columns', () => {
    // 32 columns: 12 CJK (24 cols) + " ABCDEFGH" would be 33 → the word moves to the next line.
    const text = '一二三四五六七八九十甲乙 ABCDEFGH';
    const { bytes } = encodeReceipt({ blocks: [{ type: 'text', text }] }, { width: 58 });
    const body = Buffer.from(bytes.slice(4));
    const lines = body.toString('latin1').split('\n');
    expect(lines[0]?.length).toBe(24); // 12 double-byte characters, trailing space trimmed
    expect(lines[1]).toBe('ABCDEFGH');
  });

  it('emits alignment, bold and double size only when they change, and resets them', () => {
    const doc: ReceiptDocument = {
      blocks: [
        { type: 'text', text: 'A', align: 'center', bold: true, size: 'large' },
        { type: 'text', text: 'B', align: 'center', bold: true, size: 'large' },
        { type: 'text', text: 'C' },
      ],
    };
    expect(hex(encodeReceipt(doc, { width: 58 }).bytes)).toBe(
      PREAMBLE +
        '1b6101' +
        '1b4501' +
        '1d2111' +
        '1c210c' +
        '410a' +
        '420a' +
        '1b6100' +
        '1b4500' +
        '1d2100' +
        '1c2100' +
        '430a',
    );
  });

  it('halves the columns for double-width text', () => {
    const { bytes } = encodeReceipt(
      { blocks: [{ type: 'text', text: '一二三四五六七八九十', size: 'wide' }] },
      { width: 58 },
    );
    const text = Buffer.from(bytes).toString('hex').split('1c2104')[1] ?? '';
    expect(
      text
        .split('0a')
        .filter(Boolean)
        .map((l) => l.length / 4),
    ).toEqual([8, 2]);
  });

  it('encodes a QR block with model, module size, error correction, store and print', () => {
    const { bytes } = encodeReceipt(
      { blocks: [{ type: 'qr', data: 'https://x.cn', moduleSize: 5, errorCorrection: 'Q' }] },
      { width: 80 },
    );
    expect(hex(bytes)).toBe(
      PREAMBLE +
        '1b6101' +
        '1d286b0400314132' +
        '00' +
        '1d286b03003143' +
        '05' +
        '1d286b03003145' +
        '32' +
        // devices.md: storing https://x.cn (12 bytes) → pL = 0x0F
        '1d286b0f00315030' +
        '68747470733a2f2f782e636e' +
        '1d286b0300315130',
    );
  });

  it('lays out a key-value row on one line, or label then indented value when too long', () => {
    const short = encodeReceipt(
      { blocks: [{ type: 'kv', label: '受理编号', value: 'ZZ001' }] },
      { width: 58 },
    );
    const shortLine = Buffer.from(short.bytes.slice(4)).toString('latin1').split('\n')[0] ?? '';
    expect(shortLine.length).toBe(32); // 8 (label) + 19 spaces + 5
    expect(shortLine.endsWith(' ZZ001')).toBe(true);

    const long = encodeReceipt(
      { blocks: [{ type: 'kv', label: '材料', value: '户口簿首页及本人常住人口登记卡复印件共两页' }] },
      { width: 58 },
    );
    const lines = Buffer.from(long.bytes.slice(4)).toString('latin1').split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]?.startsWith('  ')).toBe(true);
    expect(lines.every((l) => l.length <= 32)).toBe(true);
  });

  it('draws dividers across the full width, feeds, sets line spacing and cuts', () => {
    const { bytes } = encodeReceipt(
      {
        blocks: [
          { type: 'divider' },
          { type: 'line-spacing', dots: 40 },
          { type: 'feed', lines: 2 },
          { type: 'line-spacing' },
          { type: 'cut', feedLines: 3 },
          { type: 'cut', mode: 'full', feedLines: 0 },
        ],
      },
      { width: 80 },
    );
    expect(hex(bytes)).toBe(
      PREAMBLE + '2d'.repeat(48) + '0a' + '1b3328' + '1b6402' + '1b32' + '1b6403' + '1d5601' + '1d5600',
    );
  });

  it('rejects documents it cannot print', () => {
    expect(() => encodeReceipt({ blocks: [{ type: 'qr', data: 'x'.repeat(7090) }] }, { width: 58 })).toThrow(
      InvalidReceiptError,
    );
    expect(() => encodeReceipt({ blocks: [{ type: 'feed', lines: 300 }] }, { width: 58 })).toThrow(
      InvalidReceiptError,
    );
    expect(() => encodeReceipt({ blocks: [{ type: 'divider', char: '—' }] }, { width: 58 })).toThrow(
      InvalidReceiptError,
    );
  });
});
