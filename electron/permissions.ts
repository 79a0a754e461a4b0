import type { Session } from 'electron';
import { isAllowedPermission, isAllowedPermissionCheck, originOf } from './guards';

/**
 * The session's permission policy. By default Electron grants every permission request (security checklist
 * item 5), so all of them go through the camera-only rule in guards.ts, judged by the URL of the frame that
 * asked. Devices the kiosk drives itself (ID-card reader, printer, scanner) are opened by the Node side; the
 * renderer gets no WebHID, Web Serial or WebUSB at all: the device permission handler says no and the
 * choosers are cancelled.
 */
export type PolicedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

export function installPermissionPolicy(
  session: PolicedSession,
  appOrigin: string,
  log: (message: string) => void,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    // Media requests also name the origin asking; it must agree with the requesting frame's.
    const securityOrigin = 'securityOrigin' in details ? details.securityOrigin : undefined;
    const sameOrigin = securityOrigin === undefined || originOf(securityOrigin) === appOrigin;
    const granted =
      sameOrigin && isAllowedPermission(permission, details.requestingUrl, appOrigin, mediaTypes);
    if (!granted) {
      log(`denied ${permission} [${mediaTypes.join(',')}] to ${String(details.requestingUrl).slice(0, 200)}`);
    }
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isAllowedPermissionCheck(permission, requestingOrigin, appOrigin, details.mediaType),
  );
  session.setDevicePermissionHandler((details) => {
    log(`denied ${details.deviceType} device access to ${details.origin}`);
    return false;
  });
  session.on('select-hid-device', (event, _details, choose) => {
    event.preventDefault();
    choose(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, choose) => {
    event.preventDefault();
    choose('');
  });
  session.on('select-usb-device', (event, _details, choose) => {
    event.preventDefault();
    choose();
  });
}
