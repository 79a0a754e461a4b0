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
    doTitle: '這一步怎麼做',
    bringTitle: '需要準備',
    steps: {
      home: {
        do: '點一下您要辦理的事項，然後按螢幕提示一步一步做。每一步都可以點「上一步」返回修改，點「返回首頁」結束辦理。',
        bring: '本人的身分證；或手機上的醫保電子憑證。辦理備案還要帶上螢幕提示的材料。',
      },
      identity: {
        do: '把身分證平放在機器下方左邊的讀卡區上，有照片的一面朝上，讀完前不要拿開。沒有身分證，可以打開手機上的醫保電子憑證，把二維碼對準右邊的掃碼窗口。',
        bring: '本人的身分證，或手機上的醫保電子憑證。替家人辦理，放家人的身分證。',
      },
      start: {
        do: '看一看這項業務適合誰、要準備什麼材料。有告知書的，請讀完後勾選「我已閱讀並同意備案告知書」，再點「下一步」。',
        bring: '螢幕上列出的材料（原件），下一步會拍照。沒有的，部分事項可以簽個人承諾書代替。',
      },
      form: {
        do: '從身分證讀到的資訊已經填好，不能修改。其餘的項目，點一下輸入框，用螢幕下方的鍵盤輸入；選擇題點一下選項。填完點「下一步」，填得不對的地方會標紅並說明原因。',
      },
      photos: {
        do: '把材料平放在拍照區的黃色框裡，文字朝上，手不要擋住，然後點「拍照」。一頁拍完再放下一頁。拍得不清楚，螢幕會提示重拍。',
        bring: '螢幕上列出的材料原件。',
      },
      confirm: {
        do: '核對填寫的資訊和拍好的材料。要改，點「修改」。都沒問題，勾選確認框，再點「確認提交」。',
      },
      wait: {
        do: '機器正在處理，請稍等，不要離開。',
      },
      result: {
        do: '記下螢幕上的受理編號，並從機器下方的出紙口取走回執。點「辦理完成，退出」結束。',
      },
    },
    pictures: {
      kiosk: '左邊是身分證讀卡區，右邊是掃碼窗口',
      card: '身分證平放在讀卡區上，照片面朝上',
      qr: '手機二維碼對準掃碼窗口',
      page: '材料平放在黃色框裡，文字朝上',
      printer: '回執從下方出紙口出來',
    },
    staff: {
      button: '呼叫工作人員',
      called: '已通知工作人員，他們會到這台機器前來幫您。請在這裡稍候，不要離開。',
      failed: '暫時沒能通知到工作人員，請撥打服務電話 {{phone}}，或到服務窗口找工作人員。',
    },
    contact: '服務電話：{{phone}}（{{hall}}）',
    close: '我知道了',
  },
  home: {
    welcome: '您好，請選擇要辦理的醫保業務',
    hint: '點擊下面的按鈕開始辦理',
    outOfService: {
      title: '暫停服務',
      body: '本機暫時不能辦理業務。請到{{hall}}窗口辦理，或撥打服務電話 {{phone}}。',
    },
  },
  nav: { home: '返回首頁', back: '上一步', next: '下一步', moreBelow: '下面還有 ↓' },
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
