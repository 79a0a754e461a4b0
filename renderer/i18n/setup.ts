import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../api/languages';
import { bootResources } from './boot-resources';

export async function setupI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: bootResources,
    lng: language,
    fallbackLng: false,
    ns: Object.keys(bootResources['zh-CN']),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &lt; to residents
    returnNull: false,
    showSupportNotice: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => {
      console.error(`[i18n] missing key ${ns}:${key} for ${lngs.join(',')}`);
    },
  });
  return instance;
}
