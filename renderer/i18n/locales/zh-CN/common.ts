/** The shell: top bar, home screen, navigation, idle countdown, help, general errors. */
const common = {
  appName: '医保自助服务',
  /** The round logo's one character. */
  logoGlyph: '医',
  appSubtitle: '粤智助 · 医疗保障',
  language: { label: '语言', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  elderMode: { on: '长辈模式', off: '标准模式', hint: '字体更大，按钮更大' },
  voice: {
    on: '语音播报：开',
    off: '语音播报：关',
    repeat: '重听',
    repeatHint: '再听一遍本页的语音提示',
    language: '播报语言',
    languages: { cmn: '普通话', yue: '粤语', en: '英语' },
  },
  help: {
    button: '帮助',
    title: '使用帮助',
    body: '请点击您要办理的事项，按屏幕提示一步一步操作。每一步都可以点“上一步”返回修改，点“返回首页”结束办理。如需帮助，请联系现场工作人员。',
    contact: '服务电话：{{phone}}（{{hall}}）',
    close: '我知道了',
  },
  home: {
    welcome: '您好，请选择要办理的医保业务',
    hint: '点击下面的按钮开始办理',
  },
  nav: { home: '返回首页', back: '上一步', next: '下一步' },
  idle: {
    remaining: '{{seconds}} 秒后自动返回首页',
    warningTitle: '您还在办理吗？',
    warningBody: '{{seconds}} 秒后将返回首页，已填写的信息会被清除。',
    extend: '继续办理',
  },
  placeholder: { comingSoon: '此步骤正在准备中' },
  demo: {
    banner: '演示 · 本机为演示模式：所办业务不会提交到医保部门',
  },
  sim: {
    title: '模拟设备（演示与测试）',
    card: '模拟身份证',
    present: '放上身份证',
    remove: '拿走身份证',
    qr: '模拟电子凭证',
    scan: '扫码',
    paperOut: '打印机缺纸',
    coverOpen: '打印机开盖',
  },
  errors: {
    internal: '系统出了点问题，请稍后再试，或联系现场工作人员。',
    transport: '与本机服务的连接中断，正在重新连接，请稍候。',
    unavailable: '服务暂时不可用，请稍后再试。',
  },
};
export default common;
