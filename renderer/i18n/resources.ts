import type { Language } from '../../api/languages';
import { adminResources } from '../admin/admin-resources';
import { bootResources } from './boot-resources';
import { wizardResources } from './wizard-resources';

/**
 * Every namespace in every language: the boot bundle (shell, home) plus the wizard and admin bundles, which load
 * with their chunks. Tests check parity across languages here; a feature adds its namespace to one of the two.
 */
export const resources = {
  'zh-CN': { ...bootResources['zh-CN'], ...wizardResources['zh-CN'], ...adminResources['zh-CN'] },
  'zh-TW': { ...bootResources['zh-TW'], ...wizardResources['zh-TW'], ...adminResources['zh-TW'] },
  en: { ...bootResources.en, ...wizardResources.en, ...adminResources.en },
} satisfies Record<Language, Record<string, object>>;
