import type zhCN from '../zh-CN/common';
import type { Translation } from '../../translation';

const common: Translation<typeof zhCN> = {
  appName: '醫保自助服務',
  logoGlyph: '醫',
  appSubtitle: '粵智助 · 醫療保障',
  language: { label: '語言', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  elderMode: { on: '長輩模式', off: '標準模式', hint: '字體更大，按鈕更大' },
  voice: {
    on: '語音播報：開',
    off: '語音播報：關',
    repeat: '重聽',
    repeatHint: '再聽一遍本頁的語音提示',
    language: '播報語言',
    languages: { cmn: '普通話', yue: '粵語', en: '英語' },
  },
  help: {
    button: '幫助',
    title: '使用幫助',
    body: '請點擊您要辦理的事項，按螢幕提示一步一步操作。每一步都可以點「上一步」返回修改，點「返回首頁」結束辦理。如需幫助，請聯繫現場工作人員。',
    contact: '服務電話：{{phone}}（{{hall}}）',
    close: '我知道了',
  },
  home: { welcome: '您好，請選擇要辦理的醫保業務', hint: '點擊下面的按鈕開始辦理' },
  nav: { home: '返回首頁', back: '上一步', next: '下一步' },
  idle: {
    remaining: '{{seconds}} 秒後自動返回首頁',
    warningTitle: '您還在辦理嗎？',
    warningBody: '{{seconds}} 秒後將返回首頁，已填寫的資訊會被清除。',
    extend: '繼續辦理',
  },
  placeholder: { comingSoon: '此步驟正在準備中' },
  demo: {
    banner: '演示 · 本機為演示模式：所辦業務不會提交到醫保部門',
  },
  sim: {
    title: '模擬設備（演示與測試）',
    card: '模擬身份證',
    present: '放上身份證',
    remove: '拿走身份證',
    qr: '模擬電子憑證',
    scan: '掃碼',
    paperOut: '印表機缺紙',
    coverOpen: '印表機開蓋',
  },
  errors: {
    internal: '系統出了點問題，請稍後再試，或聯繫現場工作人員。',
    transport: '與本機服務的連線中斷，正在重新連線，請稍候。',
    unavailable: '服務暫時無法使用，請稍後再試。',
  },
};
export default common;
