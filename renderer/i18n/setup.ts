import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../api/contract';
import { NAMESPACES, resources } from './resources';

/** Keys that were asked for but exist nowhere; end-to-end tests read this and fail on any entry. */
export const missingKeys: string[] = [];

export async function setupI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &lt; to residents
    returnNull: false,
    showSupportNotice: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => {
      missingKeys.push(`${lngs.join(',')}:${ns}:${key}`);
      console.error(`[i18n] missing key ${ns}:${key} for ${lngs.join(',')}`);
    },
  });
  return instance;
}
