import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../api/contract';
import type { KioskApi } from '../../api/kiosk-api';

/** Fired (on window) when admin mode changed a setting app.info reports: the shell reads app.info again. */
export const APP_INFO_CHANGED = 'zizhu:app-info-changed';

export function announceAppInfoChanged(): void {
  window.dispatchEvent(new Event(APP_INFO_CHANGED));
}

/**
 * app.info as the shell uses it, read again when a technician's change made it stale (the camera's label, which
 * devices are simulated), so the resident screens follow a device change without a reload.
 */
export function LiveAppInfo(props: {
  api: KioskApi;
  initial: AppInfo;
  children: (info: AppInfo) => ReactNode;
}) {
  const [info, setInfo] = useState(props.initial);
  const { api } = props;
  useEffect(() => {
    const reload = () =>
      void api.call('app.info', {}).then((r) => {
        if (r.ok) setInfo(r.value);
      });
    window.addEventListener(APP_INFO_CHANGED, reload);
    return () => window.removeEventListener(APP_INFO_CHANGED, reload);
  }, [api]);
  return <>{props.children(info)}</>;
}
