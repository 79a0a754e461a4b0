/**
 * Security decisions of the Electron shell as plain functions, so they are unit-tested without Electron.
 * Origins are compared after parsing with URL: prefix checks on strings are spoofable.
 */

export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // URL reports "null" as the origin of custom schemes; rebuild it from its parts.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export type SenderFrame = { url: string; parent: unknown };

/**
 * An IPC message is answered only if it comes from the kiosk window's own top-level page: a live frame
 * (senderFrame is null once the frame navigated or was destroyed), with no parent, with the app's origin, and,
 * when the shell can tell, the very main frame of the kiosk window (not another window's).
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  appOrigin: string,
  kioskMainFrame?: () => unknown,
): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false; // sub-frames never talk to the kiosk
  if (kioskMainFrame && frame !== kioskMainFrame()) return false;
  return originOf(frame.url) === appOrigin;
}

/** The window never leaves the app: no navigation elsewhere, no new windows. */
export function isAllowedNavigation(targetUrl: string, appOrigin: string): boolean {
  return originOf(targetUrl) === appOrigin;
}

/** Only the document camera: 'media' asking for video and nothing else. */
function isCameraOnly(permission: string, mediaTypes: ReadonlyArray<string>): boolean {
  return permission === 'media' && mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video');
}

/**
 * A permission request (getUserMedia, geolocation, notifications…), judged by the URL of the frame that asked
 * (details.requestingUrl), not the window's: the renderer may use the camera and nothing else (no
 * microphone, screen, location, HID, serial, USB).
 */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string | null | undefined,
  appOrigin: string,
  mediaTypes: ReadonlyArray<string> = [],
): boolean {
  if (originOf(requestingUrl) !== appOrigin) return false;
  return isCameraOnly(permission, mediaTypes);
}

/** A permission check (navigator.permissions, device labels): same rule, with its single media type. */
export function isAllowedPermissionCheck(
  permission: string,
  requestingOrigin: string | null | undefined,
  appOrigin: string,
  mediaType?: string,
): boolean {
  if (originOf(requestingOrigin) !== appOrigin) return false;
  return isCameraOnly(permission, mediaType ? [mediaType] : []);
}
