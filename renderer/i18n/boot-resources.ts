import type { Language } from '../../api/languages';
import enCommon from './locales/en/common';
import enItems from './locales/en/items';
import zhCNCommon from './locales/zh-CN/common';
import zhCNItems from './locales/zh-CN/items';
import zhTWCommon from './locales/zh-TW/common';
import zhTWItems from './locales/zh-TW/items';

/** What the shell and the home screen need; loaded with the first bundle. */
export const bootResources = {
  'zh-CN': { common: zhCNCommon, items: zhCNItems },
  'zh-TW': { common: zhTWCommon, items: zhTWItems },
  en: { common: enCommon, items: enItems },
} satisfies Record<Language, Record<string, object>>;
