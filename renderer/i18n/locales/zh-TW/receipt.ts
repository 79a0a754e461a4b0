import type zhCN from '../zh-CN/receipt';
import type { Translation } from '../../translation';

const receipt: Translation<typeof zhCN> = {
  case: {
    heading: '受理回執',
    caseNumber: '受理編號',
    dateTime: '辦理時間',
    kiosk: '辦理終端',
    terminalId: '終端編號',
    name: '姓名',
    idNumber: '證件號碼',
    materials: '已提交材料',
    noMaterials: '無需提交材料',
    nextSteps: '後續事項',
    paymentGuide: '繳費指引',
    qrCaption: '憑此碼向服務大廳查詢辦理進度',
    hall: '服務大廳',
    phone: '諮詢電話',
    footer: '請妥善保管本回執',
  },
  query: {
    title: '參保資訊查詢結果',
    name: '姓名',
    idNumber: '證件號碼',
    queriedAt: '查詢時間',
    kiosk: '查詢終端',
    terminalId: '終端編號',
    insuranceType: '險種',
    status: '參保狀態',
    place: '參保地',
    since: '參保日期',
    noRecords: '未查詢到參保記錄',
    note: '本結果僅供參考，以醫保經辦機構記錄為準。',
  },
  pageCount_one: '{{count}}頁',
  pageCount_other: '{{count}}頁',
  paymentGuide: {
    l1: '參保登記後請通過稅務渠道繳納城鄉居民醫保費，可使用微信、支付寶支付：',
    l2: '「粵省事」小程式：稅務 → 社會保險費 → 城鄉居民社保服務 → 城鄉居民社保費清繳；',
    l3: '或登入「廣東稅務」公眾號、「粵稅通」小程式繳費。',
    l4: '為家人繳費請選擇「代他人繳費」，險種選擇「城鄉居民醫療保險」。',
    l5: '每天21:30至次日00:05系統維護，請避開該時段繳費。',
  },
};
export default receipt;
