import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { KEYBOARD_I18N, KEYBOARD_NAMESPACE } from './keyboard.i18n';
import { OnScreenKeyboard, type OnScreenKeyboardProps } from './on-screen-keyboard';

async function i18n(lng: 'zh-CN' | 'zh-TW' | 'en') {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    ns: [KEYBOARD_NAMESPACE],
    resources: { [lng]: { [KEYBOARD_NAMESPACE]: KEYBOARD_I18N[lng] } },
  });
  return instance;
}

async function render(props: Partial<OnScreenKeyboardProps>, lng: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN') {
  const instance = await i18n(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={instance}>
      <OnScreenKeyboard
        mode="digits"
        value=""
        onChange={() => undefined}
        onDone={() => undefined}
        {...props}
      />
    </I18nextProvider>,
  );
}

/** The opening tag of the button whose text is exactly `text`. */
function button(html: string, text: string): string | undefined {
  return [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].find((m) => m[2] === text)?.[1];
}

describe('OnScreenKeyboard (server-rendered markup)', () => {
  it('labels the word keys through the keyboard namespace', async () => {
    const html = await render({ mode: 'pinyin' });
    for (const word of ['删除', '清空', '完成', '空格']) expect(button(html, word)).toBeDefined();
    expect(html).toContain('aria-label="中/英 中文/英文切换"');
    expect(await render({ mode: 'pinyin' }, 'en')).toContain('>Delete<');
    expect(await render({ mode: 'pinyin' }, 'zh-TW')).toContain('>刪除<');
  });

  it('lets a field override a label', async () => {
    const html = await render({ mode: 'digits', labels: { done: '下一步' } });
    expect(button(html, '下一步')).toBeDefined();
    expect(button(html, '完成')).toBeUndefined();
  });

  it('greys out X until the 18th character of an ID number', async () => {
    expect(button(await render({ mode: 'idNumber', value: '4401' }), 'X')).toContain('disabled');
    expect(button(await render({ mode: 'idNumber', value: '44010619900101001' }), 'X')).not.toContain(
      'disabled',
    );
  });

  it('shows no letters in digits mode and a candidate bar only in pinyin mode', async () => {
    const digits = await render({ mode: 'digits' });
    expect(button(digits, 'a')).toBeUndefined();
    expect(button(digits, '7')).toBeDefined();
    expect(digits).not.toContain('osk-candidates');
    const pinyin = await render({ mode: 'pinyin' });
    expect(pinyin).toContain('osk-candidates');
    expect(button(pinyin, 'q')).toBeDefined();
  });

  it('greys out the digit keys of a full field', async () => {
    expect(button(await render({ mode: 'digits', value: '1380013', maxLength: 7 }), '5')).toContain(
      'disabled',
    );
    expect(button(await render({ mode: 'digits', value: '138', maxLength: 7 }), '5')).not.toContain(
      'disabled',
    );
  });
});
