import type { i18n } from 'i18next';
import type { Language } from '../../api/languages';
import en from '../i18n/locales/en/admin';
import zhCN from '../i18n/locales/zh-CN/admin';
import zhTW from '../i18n/locales/zh-TW/admin';
import techEn from '../i18n/locales/en/tech';
import techZhCN from '../i18n/locales/zh-CN/tech';
import techZhTW from '../i18n/locales/zh-TW/tech';
import { KEYBOARD_I18N } from '../keyboard/keyboard.i18n';

/**
 * Admin mode's strings: travel with the admin chunk, like the wizard's (renderer/i18n/wizard-resources.ts),
 * with the on-screen keyboard's, which every admin text field opens (the wizard may not have loaded yet).
 */
export const adminResources = {
  'zh-CN': { admin: zhCN, tech: techZhCN, keyboard: KEYBOARD_I18N['zh-CN'] },
  'zh-TW': { admin: zhTW, tech: techZhTW, keyboard: KEYBOARD_I18N['zh-TW'] },
  en: { admin: en, tech: techEn, keyboard: KEYBOARD_I18N.en },
} satisfies Record<Language, Record<string, object>>;

export function registerAdminResources(instance: i18n): void {
  for (const [lng, namespaces] of Object.entries(adminResources)) {
    for (const [ns, bundle] of Object.entries(namespaces)) {
      if (!instance.hasResourceBundle(lng, ns)) instance.addResourceBundle(lng, ns, bundle);
    }
  }
}
