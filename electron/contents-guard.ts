import type { WebContents } from 'electron';
import { isAllowedNavigation } from './guards';
import { isBlockedShortcut } from './input-filter';

/**
 * Applied to every WebContents the app ever creates (`app.on('web-contents-created')`), not just the kiosk
 * window's, so a page that somehow gets a frame, a popup or a webview is under the same rules:
 * no navigation or redirect to another origin (top frame or sub-frame), no new windows, no <webview>, no
 * Bluetooth chooser, and the kiosk's key filter.
 */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(
  contents: GuardedContents,
  appOrigin: string,
  log: (message: string) => void,
): void {
  const holdToOrigin = (what: string, event: { url: string; preventDefault(): void }) => {
    if (isAllowedNavigation(event.url, appOrigin)) return;
    event.preventDefault();
    log(`blocked ${what} to ${event.url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => holdToOrigin('navigation', event));
  contents.on('will-redirect', (event) => holdToOrigin('redirect', event));
  contents.on('will-frame-navigate', (event) => holdToOrigin('frame navigation', event));
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open of ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
  contents.on('select-bluetooth-device', (event, _devices, choose) => {
    event.preventDefault();
    choose(''); // '' cancels the request
  });
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
}
