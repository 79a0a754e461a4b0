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

/** An IPC message is answered only if it comes from the kiosk's own top-level page. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  appOrigin: string,
): boolean {
  if (!frame) return false; // senderFrame is null once the frame navigated or was destroyed
  if (frame.parent !== null) return false; // sub-frames never talk to the kiosk
  return originOf(frame.url) === appOrigin;
}

/** The window never leaves the app: no navigation elsewhere, no new windows. */
export function isAllowedNavigation(targetUrl: string, appOrigin: string): boolean {
  return originOf(targetUrl) === appOrigin;
}

/** The renderer may use the camera (document camera) and nothing else: no microphone, screen or location. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string,
  appOrigin: string,
  mediaTypes: ReadonlyArray<string> = [],
): boolean {
  if (originOf(requestingUrl) !== appOrigin) return false;
  if (permission !== 'media') return false;
  return mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video');
}
