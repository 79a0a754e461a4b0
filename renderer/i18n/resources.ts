import type { Language } from '../../api/contract';
import enCommon from './locales/en/common';
import enItems from './locales/en/items';
import zhCNCommon from './locales/zh-CN/common';
import zhCNItems from './locales/zh-CN/items';
import zhTWCommon from './locales/zh-TW/common';
import zhTWItems from './locales/zh-TW/items';

/** Every namespace in every language. Features add their namespace here (one import per language). */
export const resources = {
  'zh-CN': { common: zhCNCommon, items: zhCNItems },
  'zh-TW': { common: zhTWCommon, items: zhTWItems },
  en: { common: enCommon, items: enItems },
} satisfies Record<Language, Record<string, object>>;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];
