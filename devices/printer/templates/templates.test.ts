import { describe, expect, it } from 'vitest';
import { decodeEscPos, receiptToText } from '../decode-escpos';
import { encodeReceipt } from '../encode-receipt';
import { columnsOf, toPrintable } from '../printable-text';
import type { PrintedReceipt } from '../receipt-assembler';
import { columnsFor, type PaperWidth, type ReceiptDocument } from '../receipt-document';
import { CASE_RECEIPT_LABELS_ZH, caseReceipt, type CaseReceiptData } from './case-receipt';
import { insuredStatusReceipt } from './insured-status-receipt';

const ID = '440106199001011234';
const enrollment: CaseReceiptData = {
  itemName: '城乡居民参保登记',
  caseNumber: 'ZZ2024050100017',
  submittedAt: new Date(2024, 4, 1, 9, 5),
  kioskName: '天河区石牌街道党群服务中心',
  terminalId: 'GZ-TH-0031',
  residentName: '欧阳𬌗明',
  idNumber: ID,
  materials: [
    { name: '居民户口簿（本人页）', pages: 1 },
    { name: '出生医学证明', pages: 2 },
  ],
  nextSteps: ['医保经办机构将在3个工作日内审核，结果以短信通知。', '审核通过后请按缴费指引缴纳医保费。'],
  includePaymentGuide: true,
  hallName: '天河区医疗保障局服务大厅',
  hallPhone: '020-12345678',
};

function printAt(
  doc: ReceiptDocument,
  width: PaperWidth,
): { receipt: PrintedReceipt; replaced: ReadonlyArray<string> } {
  const { bytes, replaced } = encodeReceipt(doc, { width });
  const [receipt, ...rest] = decodeEscPos(bytes).receipts;
  expect(rest).toEqual([]);
  return { receipt: receipt as PrintedReceipt, replaced };
}

/** Every printed line fits the roll, counting magnified lines at their real width. */
function expectFits(receipt: PrintedReceipt, width: PaperWidth): void {
  for (const item of receipt.items) {
    if (item.type !== 'text') continue;
    expect(columnsOf(toPrintable(item.text).cells) * item.width, item.text).toBeLessThanOrEqual(
      columnsFor(width),
    );
  }
}

describe.each([58, 80] as const)('case receipt at %i mm', (width) => {
  const { receipt, replaced } = printAt(caseReceipt(enrollment), width);
  const all = receipt.lines.join('\n');

  it('fits the roll and ends with a cut', () => {
    expectFits(receipt, width);
    expect(receipt.cut).toBe('partial');
  });

  it('prints the item, the case number (text and QR), masked identity and the hall', () => {
    expect(receipt.lines[0]).toBe('城乡居民参保登记');
    expect(all).toContain('ZZ2024050100017');
    expect(receipt.qrCodes).toEqual(['ZZ2024050100017']);
    expect(all).toContain('4401**********1234');
    expect(all).not.toContain(ID);
    expect(all).toContain('欧**明');
    expect(all).toContain('2024-05-01 09:05');
    expect(all).toContain('020-12345678');
  });

  it('lists materials with page counts, the next steps and the payment guide', () => {
    expect(receipt.lines.some((l) => l.startsWith('2. 出生医学证明') && l.endsWith('2页'))).toBe(true);
    expect(receipt.lines.some((l) => l.startsWith('1. 医保经办机构将在3个工作日内审'))).toBe(true);
    expect(all).toContain('缴费指引');
    expect(all).toContain('城乡居民社保费清缴');
  });

  it('masks the rare character away: nothing to replace', () => {
    expect(replaced).toEqual([]);
  });
});

describe('case receipt variants', () => {
  it('omits the payment guide for filings and says when no materials were needed', () => {
    const { receipt } = printAt(
      caseReceipt({ ...enrollment, includePaymentGuide: false, materials: [] }),
      58,
    );
    expect(receipt.lines).not.toContain(CASE_RECEIPT_LABELS_ZH.paymentGuide);
    expect(receipt.lines.join('\n')).not.toContain('城乡居民社保费清缴');
    expect(receipt.lines).toContain(CASE_RECEIPT_LABELS_ZH.noMaterials);
  });

  it('reports a rare character the printer cannot print in a visible field', () => {
    const { receipt, replaced } = printAt(caseReceipt({ ...enrollment, hallName: '𬌗州医保大厅' }), 80);
    expect(replaced).toEqual(['𬌗']);
    expect(receipt.lines.join('\n')).toContain('□州医保大厅');
  });

  it('uses the labels it is given', () => {
    const labels = { ...CASE_RECEIPT_LABELS_ZH, caseNumber: 'Case no.', pageCount: (n: number) => `${n} p.` };
    const { receipt } = printAt(caseReceipt(enrollment, labels), 80);
    expect(receipt.lines.some((l) => l.startsWith('Case no.') && l.endsWith('ZZ2024050100017'))).toBe(true);
    expect(receipt.lines.some((l) => l.endsWith('2 p.'))).toBe(true);
  });
});

describe.each([58, 80] as const)('insured-status result at %i mm', (width) => {
  const doc = insuredStatusReceipt({
    residentName: '张三',
    idNumber: ID,
    queriedAt: new Date(2024, 4, 1, 14, 30),
    kioskName: '石牌街道党群服务中心',
    rows: [
      {
        insuranceType: '城乡居民基本医疗保险',
        status: '正常参保',
        place: '广州市天河区',
        since: '2019-01-01',
      },
      { insuranceType: '职工基本医疗保险', status: '暂停参保', place: '深圳市', since: '2015-07-01' },
    ],
  });
  const { receipt } = printAt(doc, width);
  const all = receipt.lines.join('\n');

  it('fits the roll and shows every row masked and dated', () => {
    expectFits(receipt, width);
    expect(all).toContain('张*');
    expect(all).not.toContain(ID);
    expect(all).toContain('2024-05-01 14:30');
    for (const text of ['城乡居民基本医疗保险', '暂停参保', '广州市天河区', '2015-07-01', '本结果仅供参考'])
      expect(all).toContain(text);
    expect(receipt.cut).toBe('partial');
  });
});

describe('insured-status result without records', () => {
  it('says so', () => {
    const { receipt } = printAt(
      insuredStatusReceipt({ residentName: '张三', idNumber: ID, queriedAt: new Date(), rows: [] }),
      58,
    );
    expect(receipt.lines).toContain('未查询到参保记录');
  });
});

// Set PRINT_PREVIEW=1 to see the receipts as they would look on paper.
if (process.env.PRINT_PREVIEW) {
  for (const width of [58, 80] as const) {
    console.log(receiptToText(printAt(caseReceipt(enrollment), width).receipt, width));
  }
}
