import type zhCN from '../zh-CN/receipt';
import type { Translation } from '../../translation';

const receipt: Translation<typeof zhCN> = {
  case: {
    heading: 'Receipt',
    caseNumber: 'Reference no.',
    dateTime: 'Date and time',
    kiosk: 'Kiosk',
    terminalId: 'Terminal ID',
    name: 'Name',
    idNumber: 'ID number',
    materials: 'Documents submitted',
    noMaterials: 'No documents needed',
    nextSteps: 'What happens next',
    paymentGuide: 'How to pay',
    qrCaption: 'Show this code at the service hall to check progress',
    hall: 'Service hall',
    phone: 'Phone',
    footer: 'Please keep this receipt',
  },
  query: {
    title: 'Medical insurance status',
    name: 'Name',
    idNumber: 'ID number',
    queriedAt: 'Checked at',
    kiosk: 'Kiosk',
    terminalId: 'Terminal ID',
    insuranceType: 'Insurance',
    status: 'Status',
    place: 'Insured area',
    since: 'Since',
    noRecords: 'No insurance record found',
    note: 'For reference only; the medical insurance office records prevail.',
  },
  pageCount_one: '{{count}} page',
  pageCount_other: '{{count}} pages',
  paymentGuide: {
    l1: 'After enrolling, pay the resident medical insurance contribution through the tax channels (WeChat Pay or Alipay):',
    l2: 'Yueshengshi (粤省事) mini-program: Tax → Social insurance → Resident social insurance → Pay;',
    l3: 'or the Guangdong Tax (广东税务) account or the Yueshuitong (粤税通) mini-program.',
    l4: 'To pay for a family member choose "Pay for others" and the insurance type "Resident medical insurance".',
    l5: 'Payment is unavailable every day from 21:30 to 00:05 (system maintenance).',
  },
};
export default receipt;
