/** The only two IPC channels the kiosk uses; the preload exposes nothing else. */
export const CALL_CHANNEL = 'kiosk:call';
export const EVENT_CHANNEL = 'kiosk:event';

/** The renderer's origin inside Electron (a custom protocol instead of file://, per Electron's checklist). */
export const APP_SCHEME = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
