import type zhCN from '../zh-CN/common';
import type { Translation } from '../../translation';

const common: Translation<typeof zhCN> = {
  appName: 'Medical Insurance Self-Service',
  logoGlyph: '+',
  appSubtitle: 'Yuezhizhu · Medical Security',
  language: { label: 'Language', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  elderMode: { on: 'Large text', off: 'Standard text', hint: 'Bigger text and buttons' },
  voice: {
    on: 'Voice: on',
    off: 'Voice: off',
    repeat: 'Repeat',
    repeatHint: 'Hear this screen’s spoken guidance again',
    language: 'Spoken language',
    languages: { cmn: '普通话 Mandarin', yue: '粤语 Cantonese', en: 'English' },
  },
  help: {
    button: 'Help',
    title: 'How to use this kiosk',
    body: 'Tap the service you need and follow the steps on the screen. “Back” takes you to the previous step to change an answer; “Home” ends the session. Staff in the hall can help you.',
    contact: 'Phone: {{phone}} ({{hall}})',
    close: 'Got it',
  },
  home: {
    welcome: 'Hello. Which medical insurance service do you need?',
    hint: 'Tap a button below to start',
  },
  nav: { home: 'Home', back: 'Back', next: 'Next' },
  idle: {
    remaining: 'Returning home in {{seconds}} s',
    warningTitle: 'Are you still there?',
    warningBody: 'In {{seconds}} seconds the kiosk returns to the home screen and clears what you entered.',
    extend: 'Continue',
  },
  placeholder: { comingSoon: 'This step is being prepared' },
  demo: {
    banner:
      '演示 Demo · This kiosk is a demonstration: nothing done here reaches the medical-insurance office',
  },
  sim: {
    title: 'Simulated devices (demo and tests)',
    card: 'Simulated ID card',
    present: 'Place card',
    remove: 'Remove card',
    qr: 'Simulated e-code',
    scan: 'Scan',
    paperOut: 'Printer out of paper',
    coverOpen: 'Printer cover open',
  },
  errors: {
    internal: 'Something went wrong. Please try again later or ask the staff for help.',
    transport: 'Lost connection to the kiosk service. Reconnecting, please wait.',
    unavailable: 'The service is not available right now. Please try again later.',
  },
};
export default common;
