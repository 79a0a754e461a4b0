import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { KioskApi } from '../../api/kiosk-api';
import { KioskApiContext } from '../api/kiosk-context';
import { HandwritingPane } from './handwriting-pane';
import { KEYBOARD_I18N, KEYBOARD_NAMESPACE, type KeyboardLabelKey } from './keyboard.i18n';
import { OnScreenKeyboard } from './on-screen-keyboard';
import { handwritingStatus } from './use-handwriting';

const api: KioskApi = {
  call: async () => ({ ok: false, error: { code: 'unavailable', message: 'test' } }),
  subscribe: () => () => undefined,
};

async function i18n() {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'zh-CN',
    ns: [KEYBOARD_NAMESPACE],
    resources: { 'zh-CN': { [KEYBOARD_NAMESPACE]: KEYBOARD_I18N['zh-CN'] } },
  });
  return instance;
}

async function keyboard(mode: 'pinyin' | 'digits', withApi: boolean) {
  const instance = await i18n();
  const board = <OnScreenKeyboard mode={mode} value="" onChange={() => undefined} onDone={() => undefined} />;
  return renderToStaticMarkup(
    <I18nextProvider i18n={instance}>
      {withApi ? <KioskApiContext.Provider value={api}>{board}</KioskApiContext.Provider> : board}
    </I18nextProvider>,
  );
}

async function pane(available: boolean | null, value = '') {
  const instance = await i18n();
  const label = (key: KeyboardLabelKey) => KEYBOARD_I18N['zh-CN'][key];
  return renderToStaticMarkup(
    <I18nextProvider i18n={instance}>
      <KioskApiContext.Provider value={api}>
        <HandwritingPane
          value={value}
          onChange={() => undefined}
          onDone={() => undefined}
          label={label}
          available={available}
          onSwitchToPinyin={() => undefined}
        />
      </KioskApiContext.Provider>
    </I18nextProvider>,
  );
}

describe('手写 on the on-screen keyboard', () => {
  it('is offered beside pinyin, not on the digit pad, and not without a KioskApi', async () => {
    expect(await keyboard('pinyin', true)).toContain('>手写</button>');
    expect(await keyboard('digits', true)).not.toContain('手写');
    expect(await keyboard('pinyin', false)).not.toContain('手写');
  });

  it('draws a pad with 重写, 删除 and 完成, and echoes what the field holds', async () => {
    const html = await pane(true, '人民');
    expect(html).toContain('data-testid="handwriting-canvas"');
    for (const word of ['重写', '删除', '完成', '拼音']) expect(html).toContain(`>${word}</button>`);
    expect(html).toContain('>人民</div>');
  });

  it('says handwriting is unavailable (and keeps the way back to pinyin) when the recognizer is missing', async () => {
    const html = await pane(false);
    expect(html).not.toContain('handwriting-canvas');
    expect(html).toContain(KEYBOARD_I18N['zh-CN'].handwritingUnavailable);
    expect(html).toContain('>拼音</button>');
  });

  // Last in this file: the answer is kept for the page load, as in the kiosk.
  it('is not offered at all once the Node side says the recognizer is missing, and nothing is said about it', async () => {
    await expect(handwritingStatus(api)).resolves.toBe(false); // api answers every call 'unavailable'
    const html = await keyboard('pinyin', true);
    expect(html).not.toContain('手写');
    expect(html).not.toContain(KEYBOARD_I18N['zh-CN'].handwritingUnavailable);
    expect(html).toContain('osk-key-char'); // pinyin works as before
  });
});
