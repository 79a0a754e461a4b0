import type { Language } from '../../api/contract';
import enCommon from './locales/en/common';
import enFlow from './locales/en/flow';
import zhCNFlow from './locales/zh-CN/flow';
import zhTWFlow from './locales/zh-TW/flow';
import enReceipt from './locales/en/receipt';
import zhCNReceipt from './locales/zh-CN/receipt';
import zhTWReceipt from './locales/zh-TW/receipt';
import { KEYBOARD_I18N as keyboard } from '../keyboard/keyboard.i18n';
import enItems from './locales/en/items';
import zhCNCommon from './locales/zh-CN/common';
import zhCNItems from './locales/zh-CN/items';
import zhTWCommon from './locales/zh-TW/common';
import zhTWItems from './locales/zh-TW/items';

/** Every namespace in every language. Features add their namespace here (one import per language). */
export const resources = {
  'zh-CN': {
    common: zhCNCommon,
    items: zhCNItems,
    flow: zhCNFlow,
    receipt: zhCNReceipt,
    keyboard: keyboard['zh-CN'],
  },
  'zh-TW': {
    common: zhTWCommon,
    items: zhTWItems,
    flow: zhTWFlow,
    receipt: zhTWReceipt,
    keyboard: keyboard['zh-TW'],
  },
  en: { common: enCommon, items: enItems, flow: enFlow, receipt: enReceipt, keyboard: keyboard.en },
} satisfies Record<Language, Record<string, object>>;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
