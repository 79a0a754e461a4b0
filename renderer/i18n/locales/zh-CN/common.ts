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
    doTitle: '这一步怎么做',
    bringTitle: '需要准备',
    steps: {
      home: {
        do: '点一下您要办理的事项，然后按屏幕提示一步一步做。每一步都可以点“上一步”返回修改，点“返回首页”结束办理。',
        bring: '本人的身份证；或手机上的医保电子凭证。办理备案还要带上屏幕提示的材料。',
      },
      identity: {
        do: '把身份证平放在机器下方左边的读卡区上，有照片的一面朝上，读完前不要拿开。没有身份证，可以打开手机上的医保电子凭证，把二维码对准右边的扫码窗口。',
        bring: '本人的身份证，或手机上的医保电子凭证。替家人办理，放家人的身份证。',
      },
      start: {
        do: '看一看这项业务适合谁、要准备什么材料。有告知书的，请读完后勾选“我已阅读并同意备案告知书”，再点“下一步”。',
        bring: '屏幕上列出的材料（原件），下一步会拍照。没有的，部分事项可以签个人承诺书代替。',
      },
      form: {
        do: '从身份证读到的信息已经填好，不能修改。其余的项目，点一下输入框，用屏幕下方的键盘输入；选择题点一下选项。填完点“下一步”，填得不对的地方会标红并说明原因。',
      },
      photos: {
        do: '把材料平放在拍照区的黄色框里，文字朝上，手不要挡住，然后点“拍照”。一页拍完再放下一页。拍得不清楚，屏幕会提示重拍。',
        bring: '屏幕上列出的材料原件。',
      },
      confirm: {
        do: '核对填写的信息和拍好的材料。要改，点“修改”。都没问题，勾选确认框，再点“确认提交”。',
      },
      wait: {
        do: '机器正在处理，请稍等，不要离开。',
      },
      result: {
        do: '记下屏幕上的受理编号，并从机器下方的出纸口取走回执。点“办理完成，退出”结束。',
      },
    },
    pictures: {
      kiosk: '左边是身份证读卡区，右边是扫码窗口',
      card: '身份证平放在读卡区上，照片面朝上',
      qr: '手机二维码对准扫码窗口',
      page: '材料平放在黄色框里，文字朝上',
      printer: '回执从下方出纸口出来',
    },
    staff: {
      button: '呼叫工作人员',
      called: '已通知工作人员，他们会到这台机器前来帮您。请在这里稍候，不要离开。',
      failed: '暂时没能通知到工作人员，请拨打服务电话 {{phone}}，或到服务窗口找工作人员。',
    },
    contact: '服务电话：{{phone}}（{{hall}}）',
    close: '我知道了',
  },
  home: {
    welcome: '您好，请选择要办理的医保业务',
    hint: '点击下面的按钮开始办理',
    outOfService: {
      title: '暂停服务',
      body: '本机暂时不能办理业务。请到{{hall}}窗口办理，或拨打服务电话 {{phone}}。',
    },
  },
  nav: { home: '返回首页', back: '上一步', next: '下一步', moreBelow: '下面还有 ↓' },
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
