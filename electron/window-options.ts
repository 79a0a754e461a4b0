import type { BrowserWindowConstructorOptions } from 'electron';

/** The kiosk window: full screen, no menu, and the renderer locked down (Electron's security checklist). */
export function kioskWindowOptions(preloadPath: string, kiosk: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1080,
    height: 1920,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#f4f7fb',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // The welcome and every instruction are spoken before the resident has touched anything.
      autoplayPolicy: 'no-user-gesture-required',
      devTools: !kiosk,
    },
  };
}
