import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { countTemplate } from './receipt-text';

describe('the receipt’s counted words', () => {
  const t = async (lng: 'zh-CN' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({ lng, resources, ns: ['receipt'] });
    return instance.t;
  };

  it('gives the Node side each plural form as a template: "1 page", "3 pages" in English', async () => {
    const en = await t('en');
    expect(countTemplate(en, 'receipt:pageCount', 1)).toBe('{{count}} page');
    expect(countTemplate(en, 'receipt:pageCount', 2)).toBe('{{count}} pages');
  });

  it('has one form in Chinese', async () => {
    const zh = await t('zh-CN');
    expect(countTemplate(zh, 'receipt:pageCount', 1)).toBe('{{count}}页');
    expect(countTemplate(zh, 'receipt:pageCount', 2)).toBe('{{count}}页');
  });
});
