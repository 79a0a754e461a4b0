import type { i18n } from 'i18next';
import type { Language } from '../../api/languages';
import { KEYBOARD_I18N } from '../keyboard/keyboard.i18n';
import enFlow from './locales/en/flow';
import enReceipt from './locales/en/receipt';
import zhCNFlow from './locales/zh-CN/flow';
import zhCNReceipt from './locales/zh-CN/receipt';
import zhTWFlow from './locales/zh-TW/flow';
import zhTWReceipt from './locales/zh-TW/receipt';

/** What the wizards need; travels with the lazily loaded wizard chunk (renderer/shell/App.tsx). */
export const wizardResources = {
  'zh-CN': { flow: zhCNFlow, receipt: zhCNReceipt, keyboard: KEYBOARD_I18N['zh-CN'] },
  'zh-TW': { flow: zhTWFlow, receipt: zhTWReceipt, keyboard: KEYBOARD_I18N['zh-TW'] },
  en: { flow: enFlow, receipt: enReceipt, keyboard: KEYBOARD_I18N.en },
} satisfies Record<Language, Record<string, object>>;

/** Adds the wizard namespaces to the running i18next instance (idempotent). */
export function registerWizardResources(instance: i18n): void {
  for (const [lng, namespaces] of Object.entries(wizardResources)) {
    for (const [ns, bundle] of Object.entries(namespaces)) {
      if (!instance.hasResourceBundle(lng, ns)) instance.addResourceBundle(lng, ns, bundle);
    }
  }
}
