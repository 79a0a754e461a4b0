// First: opens the kiosk connection and sends app.info before the modules below are evaluated.
import { connection, firstAppInfo } from './api/first-call';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { KioskApiContext } from './api/kiosk-context';
import { LiveAppInfo } from './api/live-app-info';
import { SimApiContext } from './api/sim-context';
import { setupI18n } from './i18n/setup';
import { registerRareFont } from './styles/rare-font';
import { App } from './shell/App';
import { ShellProvider } from './shell/ShellProvider';
import './styles/kiosk.css';
import './styles/wizard.css';

const RETRY_MS = 2_000;
/**
 * index.html's 正在启动 notice starts hidden and is shown only when the Node side keeps the screen waiting:
 * drawn at once it costs the CJK font lookup, a layout and a paint before the bundle may run (scripts wait
 * for the stylesheet, the first paint comes with it), on a path where the kiosk usually answers in a few ms.
 */
const BOOT_NOTICE_DELAY_MS = 1_000;

/** Waits for the Node side (it may still be starting), then shows the kiosk. */
async function boot() {
  registerRareFont();
  const { api, sim } = connection;
  const rootElement = document.getElementById('root') as HTMLElement;
  const notice = setTimeout(() => {
    rootElement.querySelector<HTMLElement>('.boot')?.removeAttribute('hidden');
  }, BOOT_NOTICE_DELAY_MS);
  const root = createRoot(rootElement);
  // Translations load while the first call travels; the configured language is applied when it answers.
  const i18nReady = setupI18n('zh-CN');
  for (let attempt = 0; ; attempt++) {
    const info = attempt === 0 ? await firstAppInfo : await api.call('app.info', {});
    if (info.ok) {
      clearTimeout(notice);
      const i18n = await i18nReady;
      if (info.value.ui.defaultLanguage !== 'zh-CN') await i18n.changeLanguage(info.value.ui.defaultLanguage);
      root.render(
        <StrictMode>
          <I18nextProvider i18n={i18n}>
            <KioskApiContext.Provider value={api}>
              {/* Simulator controls exist only in demo mode; production never even tries them. */}
              <SimApiContext.Provider value={info.value.mode === 'demo' ? sim : null}>
                <LiveAppInfo api={api} initial={info.value}>
                  {(live) => (
                    <ShellProvider info={live}>
                      <App />
                    </ShellProvider>
                  )}
                </LiveAppInfo>
              </SimApiContext.Provider>
            </KioskApiContext.Provider>
          </I18nextProvider>
        </StrictMode>,
      );
      return;
    }
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
}

void boot();
