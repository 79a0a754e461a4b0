import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connectKioskApi } from './api/connect';
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

/** Waits for the Node side (it may still be starting), then shows the kiosk. */
async function boot() {
  registerRareFont();
  const { api, sim } = connectKioskApi();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // Translations load while the first call travels; the configured language is applied when it answers.
  const i18nReady = setupI18n('zh-CN');
  for (;;) {
    const info = await api.call('app.info', {});
    if (info.ok) {
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
