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
    doTitle: 'What to do now',
    bringTitle: 'What you need',
    steps: {
      home: {
        do: 'Tap the service you need, then follow the steps on the screen. “Back” takes you to the previous step to change an answer; “Home” ends the session.',
        bring:
          'Your ID card, or the medical insurance e-certificate on your phone. For a registration, also the papers the screen lists.',
      },
      identity: {
        do: 'Lay your ID card flat on the card reader at the lower left, photo side up, and leave it there until it has been read. Without an ID card, open the medical insurance e-certificate on your phone and hold its QR code to the scan window on the right.',
        bring:
          'Your ID card, or the e-certificate on your phone. When you act for a family member, use their ID card.',
      },
      start: {
        do: 'See whom this service is for and which papers it needs. If there is a notice, read it, tick “I have read and agree to the registration notice”, then tap “Next”.',
        bring:
          'The original papers listed on the screen; they are photographed in a later step. For some services a signed personal promise can replace missing papers.',
      },
      form: {
        do: 'What was read from the ID card is filled in and cannot be changed. For the other fields, tap a box and type on the keyboard at the bottom of the screen, or tap an option. Then tap “Next”; anything that needs fixing is marked in red with the reason.',
      },
      photos: {
        do: 'Lay the page flat inside the yellow frame under the camera, text side up, without your hand over it, then tap “Take photo”. One page at a time. If a photo is not clear, the screen asks you to take it again.',
        bring: 'The original papers listed on the screen.',
      },
      confirm: {
        do: 'Check your answers and the photos. Tap “Change” to correct something. When everything is right, tick the box and tap “Submit”.',
      },
      wait: {
        do: 'The kiosk is working. Please wait here a moment.',
      },
      result: {
        do: 'Note the application number on the screen and take your receipt from the slot at the bottom of the kiosk. Tap “Finish and exit” to end.',
      },
    },
    pictures: {
      kiosk: 'Card reader on the left, QR scan window on the right',
      card: 'ID card flat on the reader, photo side up',
      qr: 'Phone QR code held to the scan window',
      page: 'Page flat inside the yellow frame, text side up',
      printer: 'The receipt comes out of the slot at the bottom',
    },
    staff: {
      button: 'Call staff',
      called: 'Staff have been told and will come to this kiosk to help you. Please wait here.',
      failed: 'We could not reach the staff just now. Please call {{phone}} or ask at the service counter.',
    },
    contact: 'Phone: {{phone}} ({{hall}})',
    close: 'Got it',
  },
  home: {
    welcome: 'Hello. Which medical insurance service do you need?',
    hint: 'Tap a button below to start',
    outOfService: {
      title: 'Out of service',
      body: 'This kiosk cannot take applications at the moment. Please go to the counter at {{hall}}, or call {{phone}}.',
    },
  },
  nav: { home: 'Home', back: 'Back', next: 'Next', moreBelow: 'More below ↓' },
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
