import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decodeEscPos, receiptToText } from './decode-escpos';
import { columnsOf, toPrintable } from './printable-text';
import { encodeReceipt } from './encode-receipt';
import { EscPosTokenizer } from './escpos-tokenizer';
import { ReceiptAssembler } from './receipt-assembler';
import type { ReceiptDocument } from './receipt-document';

const doc: ReceiptDocument = {
  blocks: [
    { type: 'text', text: '城乡居民参保登记', align: 'center', bold: true, size: 'large' },
    { type: 'divider', char: '=' },
    { type: 'kv', label: '受理编号', value: 'ZZ-20240501-0001' },
    { type: 'text', text: 'Pay via 粤省事 → 税务 → 社保缴费' },
    { type: 'qr', data: 'ZZ-20240501-0001' },
    { type: 'text', text: '姓名：李𬌗' },
    { type: 'cut' },
    { type: 'text', text: '第二张' },
    { type: 'cut', mode: 'full' },
  ],
};

describe('decodeEscPos', () => {
  it('round-trips text lines, styles, QR payloads and cuts', () => {
    const { bytes } = encodeReceipt(doc, { width: 80 });
    const decoded = decodeEscPos(bytes);
    expect(decoded.receipts).toHaveLength(2);
    const [first, second] = decoded.receipts;
    expect(first?.lines).toEqual([
      '城乡居民参保登记',
      '='.repeat(48),
      '受理编号' + ' '.repeat(48 - 8 - 16) + 'ZZ-20240501-0001',
      'Pay via 粤省事 → 税务 → 社保缴费',
      '姓名：李□',
    ]);
    expect(first?.qrCodes).toEqual(['ZZ-20240501-0001']);
    expect(first?.cut).toBe('partial');
    expect(first?.items[0]).toMatchObject({ type: 'text', align: 'center', bold: true, width: 2, height: 2 });
    expect(first?.items[2]).toMatchObject({ type: 'text', align: 'left', bold: false, width: 1, height: 1 });
    expect(first?.items.find((i) => i.type === 'qr')).toMatchObject({
      align: 'center',
      moduleSize: 8,
      errorCorrection: 'M',
    });
    expect(second).toMatchObject({ lines: ['第二张'], cut: 'full', complete: true });
    expect(decoded.unknownCommands).toEqual([]);
  });

  it('keeps an uncut remainder and lists status queries', () => {
    const bytes = Uint8Array.from([0x10, 0x04, 0x01, 0x41, 0x0a, 0x10, 0x04, 0x04, 0x1d, 0x72, 0x01]);
    const decoded = decodeEscPos(bytes);
    expect(decoded.statusQueries).toEqual([1, 4]);
    expect(decoded.sensorQueries).toEqual([1]);
    expect(decoded.receipts).toEqual([expect.objectContaining({ lines: ['A'], cut: null })]);
  });

  it('decodes high bytes outside Chinese mode as unknown characters, not as GB18030', () => {
    const bytes = Uint8Array.from([0x1c, 0x2e, 0xd2, 0xbd, 0x0a]);
    expect(decodeEscPos(bytes).receipts[0]?.lines).toEqual(['\uFFFD\uFFFD']);
  });

  it('renders a plain-text preview with alignment', () => {
    const { bytes } = encodeReceipt(doc, { width: 58 });
    const text = receiptToText(decodeEscPos(bytes).receipts[0]!, 58);
    const lines = text.split('\n');
    expect(lines[0]).toBe('城乡居民参保登记'); // 8 CJK at double width fill all 32 columns
    expect(text).toContain('[QR: ZZ-20240501-0001]');
    expect(lines.at(-1)?.startsWith('✂')).toBe(true);
  });

  const { bytes: whole } = encodeReceipt(doc, { width: 58 });
  test.prop([fc.array(fc.integer({ min: 1, max: whole.length }), { maxLength: 12 })])(
    'gives the same receipts however the stream is chunked',
    (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const tokenizer = new EscPosTokenizer();
      const assembler = new ReceiptAssembler();
      let from = 0;
      for (const to of [...points, whole.length]) {
        for (const t of tokenizer.push(whole.slice(from, to))) assembler.consume(t);
        from = to;
      }
      expect(tokenizer.pendingBytes).toBe(0);
      expect(assembler.receipts()).toEqual(decodeEscPos(whole).receipts);
    },
  );
});

describe('encode → decode property', () => {
  const charArb = fc.constantFrom(...Array.from('aZ09 :-/医保参保登记，。（）€𬌗'));
  test.prop([fc.array(charArb, { minLength: 1, maxLength: 120 }), fc.constantFrom(58 as const, 80 as const)])(
    'gives back the text (wrapped, rare characters as □) with every line within the roll',
    (chars, width) => {
      const text = chars.join('');
      const { bytes, replaced } = encodeReceipt(
        { blocks: [{ type: 'text', text }, { type: 'cut' }] },
        { width },
      );
      const [receipt] = decodeEscPos(bytes).receipts;
      const lines = receipt?.lines ?? [];
      for (const line of lines)
        expect(columnsOf(toPrintable(line).cells)).toBeLessThanOrEqual(width === 58 ? 32 : 48);
      const expected = text.replace(/𬌗/g, '□').replace(/ /g, '');
      expect(lines.join('').replace(/ /g, '')).toBe(expected);
      expect(replaced).toEqual(text.includes('𬌗') ? ['𬌗'] : []);
    },
  );
});
