import type { Language } from '../../api/languages';
import { bootResources } from './boot-resources';
import { wizardResources } from './wizard-resources';

/**
 * Every namespace in every language: the boot bundle (shell, home) plus the wizard bundle, which loads with the
 * wizard chunk. Tests check parity across languages here; a feature adds its namespace to one of the two.
 */
export const resources = {
  'zh-CN': { ...bootResources['zh-CN'], ...wizardResources['zh-CN'] },
  'zh-TW': { ...bootResources['zh-TW'], ...wizardResources['zh-TW'] },
  en: { ...bootResources.en, ...wizardResources.en },
} satisfies Record<Language, Record<string, object>>;
