import { maskIdNumber, maskName } from '../../../domain/id-number';
import type { ReceiptBlock, ReceiptDocument } from '../receipt-document';
import { formatReceiptDateTime } from './format-date-time';

/**
 * The printed result of 参保人员参保信息查询: one group of rows per insurance the person holds (险种, 参保状态,
 * 参保地, 参保日期). Stacked label/value rows rather than a table so it reads the same on a 32-column roll.
 * The caller passes names, not codes (e.g. 390 → 城乡居民基本医疗保险), already translated.
 */

export type InsuredStatusRow = Readonly<{
  insuranceType: string;
  status: string;
  place: string;
  /** As the province gives it, e.g. 2021-01-01. */
  since: string;
}>;

export type InsuredStatusData = Readonly<{
  residentName: string;
  idNumber: string;
  rows: ReadonlyArray<InsuredStatusRow>;
  queriedAt: Date;
  kioskName?: string;
  terminalId?: string;
  /** Overrides labels.note. */
  note?: string;
}>;

export type InsuredStatusLabels = Readonly<{
  title: string;
  name: string;
  idNumber: string;
  queriedAt: string;
  kiosk: string;
  terminalId: string;
  insuranceType: string;
  status: string;
  place: string;
  since: string;
  noRecords: string;
  note: string;
}>;

export const INSURED_STATUS_LABELS_ZH: InsuredStatusLabels = {
  title: '参保信息查询结果',
  name: '姓名',
  idNumber: '证件号码',
  queriedAt: '查询时间',
  kiosk: '查询终端',
  terminalId: '终端编号',
  insuranceType: '险种',
  status: '参保状态',
  place: '参保地',
  since: '参保日期',
  noRecords: '未查询到参保记录',
  note: '本结果仅供参考，以医保经办机构记录为准。',
};

export function insuredStatusReceipt(
  data: InsuredStatusData,
  labels: InsuredStatusLabels = INSURED_STATUS_LABELS_ZH,
): ReceiptDocument {
  const blocks: ReceiptBlock[] = [
    { type: 'text', text: labels.title, align: 'center', bold: true, size: 'tall' },
    { type: 'divider', char: '=' },
    { type: 'kv', label: labels.name, value: maskName(data.residentName) },
    { type: 'kv', label: labels.idNumber, value: maskIdNumber(data.idNumber) },
    { type: 'kv', label: labels.queriedAt, value: formatReceiptDateTime(data.queriedAt) },
  ];
  if (data.kioskName) blocks.push({ type: 'kv', label: labels.kiosk, value: data.kioskName });
  if (data.terminalId) blocks.push({ type: 'kv', label: labels.terminalId, value: data.terminalId });
  blocks.push({ type: 'divider' });
  if (data.rows.length === 0) blocks.push({ type: 'text', text: labels.noRecords, align: 'center' });
  data.rows.forEach((row, i) => {
    if (i > 0) blocks.push({ type: 'divider', char: '.' });
    blocks.push(
      { type: 'kv', label: labels.insuranceType, value: row.insuranceType, bold: true },
      { type: 'kv', label: labels.status, value: row.status },
      { type: 'kv', label: labels.place, value: row.place },
      { type: 'kv', label: labels.since, value: row.since },
    );
  });
  blocks.push({ type: 'divider' }, { type: 'text', text: data.note ?? labels.note }, { type: 'cut' });
  return { blocks };
}
