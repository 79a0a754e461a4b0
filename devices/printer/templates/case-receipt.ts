import { maskIdNumber, maskName } from '../../../domain/id-number';
import type { ReceiptBlock, ReceiptDocument } from '../receipt-document';
import { formatReceiptDateTime } from './format-date-time';

/**
 * The 回执 a resident takes home after submitting a case: what was applied for, the 受理编号 (also as a QR code
 * for the service hall), where and when, who (masked), which materials went in, what happens next and whom to
 * ask. Pure: data + translated labels in, a width-independent ReceiptDocument out.
 */

export type CaseReceiptData = Readonly<{
  /** The service item's name, e.g. 城乡居民参保登记. */
  itemName: string;
  caseNumber: string;
  submittedAt: Date;
  kioskName: string;
  terminalId: string;
  /** Full name and ID number; the receipt prints them masked (domain/id-number). */
  residentName: string;
  idNumber: string;
  materials: ReadonlyArray<Readonly<{ name: string; pages: number }>>;
  nextSteps: ReadonlyArray<string>;
  /** Enrollment: append the contribution payment guide (labels.paymentGuideLines). */
  includePaymentGuide?: boolean;
  /** What the QR code holds; default the case number. */
  qrPayload?: string;
  hallName: string;
  hallPhone: string;
}>;

export type CaseReceiptLabels = Readonly<{
  heading: string;
  caseNumber: string;
  dateTime: string;
  kiosk: string;
  terminalId: string;
  name: string;
  idNumber: string;
  materials: string;
  pageCount: (pages: number) => string;
  noMaterials: string;
  nextSteps: string;
  paymentGuide: string;
  paymentGuideLines: ReadonlyArray<string>;
  qrCaption: string;
  hall: string;
  phone: string;
  footer: string;
}>;

/** zh-CN defaults; the payment guide follows the tax channels in seeds/000 (粤省事, 广东税务). */
export const CASE_RECEIPT_LABELS_ZH: CaseReceiptLabels = {
  heading: '受理回执',
  caseNumber: '受理编号',
  dateTime: '办理时间',
  kiosk: '办理终端',
  terminalId: '终端编号',
  name: '姓名',
  idNumber: '证件号码',
  materials: '已提交材料',
  pageCount: (pages) => `${pages}页`,
  noMaterials: '无需提交材料',
  nextSteps: '后续事项',
  paymentGuide: '缴费指引',
  paymentGuideLines: [
    '参保登记后请通过税务渠道缴纳城乡居民医保费，可使用微信、支付宝支付：',
    '“粤省事”小程序：税务 → 社会保险费 → 城乡居民社保服务 → 城乡居民社保费清缴；',
    '或登录“广东税务”公众号缴费。',
    '为家人缴费请选择“代他人缴费”，险种选择“城乡居民医疗保险”。',
    '每天21:30至次日00:05系统维护，请避开该时段缴费。',
  ],
  qrCaption: '凭此码向服务大厅查询办理进度',
  hall: '服务大厅',
  phone: '咨询电话',
  footer: '请妥善保管本回执',
};

const numbered = (lines: ReadonlyArray<string>): ReceiptBlock[] =>
  lines.map((line, i) => {
    const marker = `${i + 1}. `;
    return { type: 'text', text: marker + line, hangingIndent: marker.length };
  });

export function caseReceipt(
  data: CaseReceiptData,
  labels: CaseReceiptLabels = CASE_RECEIPT_LABELS_ZH,
): ReceiptDocument {
  const blocks: ReceiptBlock[] = [
    { type: 'text', text: data.itemName, align: 'center', bold: true, size: 'tall' },
    { type: 'text', text: labels.heading, align: 'center' },
    { type: 'divider', char: '=' },
    { type: 'kv', label: labels.caseNumber, value: data.caseNumber, bold: true },
    { type: 'kv', label: labels.dateTime, value: formatReceiptDateTime(data.submittedAt) },
    { type: 'kv', label: labels.kiosk, value: data.kioskName },
    { type: 'kv', label: labels.terminalId, value: data.terminalId },
    { type: 'kv', label: labels.name, value: maskName(data.residentName) },
    { type: 'kv', label: labels.idNumber, value: maskIdNumber(data.idNumber) },
    { type: 'divider' },
    { type: 'text', text: labels.materials, bold: true },
  ];
  if (data.materials.length === 0) blocks.push({ type: 'text', text: labels.noMaterials });
  data.materials.forEach((m, i) =>
    blocks.push({ type: 'kv', label: `${i + 1}. ${m.name}`, value: labels.pageCount(m.pages) }),
  );

  if (data.nextSteps.length > 0) {
    blocks.push(
      { type: 'divider' },
      { type: 'text', text: labels.nextSteps, bold: true },
      ...numbered(data.nextSteps),
    );
  }
  if (data.includePaymentGuide) {
    blocks.push(
      { type: 'divider' },
      { type: 'text', text: labels.paymentGuide, bold: true },
      ...numbered(labels.paymentGuideLines),
    );
  }
  blocks.push(
    { type: 'divider' },
    { type: 'feed', lines: 1 },
    { type: 'qr', data: data.qrPayload ?? data.caseNumber, errorCorrection: 'M' },
    { type: 'text', text: labels.qrCaption, align: 'center' },
    { type: 'text', text: data.caseNumber, align: 'center' },
    { type: 'divider' },
    { type: 'kv', label: labels.hall, value: data.hallName },
    { type: 'kv', label: labels.phone, value: data.hallPhone },
    { type: 'feed', lines: 1 },
    { type: 'text', text: labels.footer, align: 'center' },
    { type: 'cut' },
  );
  return { blocks };
}
