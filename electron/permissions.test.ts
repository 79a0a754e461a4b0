import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installPermissionPolicy, type PolicedSession } from './permissions';

type RequestHandler = (
  wc: unknown,
  permission: string,
  cb: (granted: boolean) => void,
  details: object,
) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details: object) => boolean;

function fakeSession() {
  const emitter = new EventEmitter();
  const h = {
    request: null as RequestHandler | null,
    check: null as CheckHandler | null,
    device: null as ((d: object) => boolean) | null,
  };
  const session = Object.assign(emitter, {
    setPermissionRequestHandler: (fn: RequestHandler) => (h.request = fn),
    setPermissionCheckHandler: (fn: CheckHandler) => (h.check = fn),
    setDevicePermissionHandler: (fn: (d: object) => boolean) => (h.device = fn),
  });
  const log: string[] = [];
  installPermissionPolicy(session as unknown as PolicedSession, 'kiosk://app', (m) => log.push(m));
  // The window's own URL is always the kiosk's: the decision must not be based on it.
  const kioskWindow = { getURL: () => 'kiosk://app/index.html' };
  const request = (permission: string, details: object) => {
    let granted: boolean | null = null;
    h.request?.(kioskWindow, permission, (g) => (granted = g), details);
    return granted;
  };
  const check = (permission: string, origin: string, details: object = {}) =>
    h.check?.(kioskWindow, permission, origin, details);
  return { emitter, request, check, device: h.device, log };
}

const OWN = 'kiosk://app/index.html';

describe('permission requests', () => {
  it('grants the camera to the kiosk page', () => {
    const s = fakeSession();
    expect(
      s.request('media', { requestingUrl: OWN, securityOrigin: 'kiosk://app/', mediaTypes: ['video'] }),
    ).toBe(true);
  });

  it.each([
    ['the microphone', 'media', { requestingUrl: OWN, mediaTypes: ['audio'] }],
    ['camera and microphone together', 'media', { requestingUrl: OWN, mediaTypes: ['video', 'audio'] }],
    ['media with no type', 'media', { requestingUrl: OWN, mediaTypes: [] }],
    ['geolocation', 'geolocation', { requestingUrl: OWN }],
    ['notifications', 'notifications', { requestingUrl: OWN }],
    ['screen capture', 'display-capture', { requestingUrl: OWN }],
    ['the clipboard', 'clipboard-read', { requestingUrl: OWN }],
    ['HID', 'hid', { requestingUrl: OWN }],
    ['serial', 'serial', { requestingUrl: OWN }],
    ['USB', 'usb', { requestingUrl: OWN }],
    ['opening external links', 'openExternal', { requestingUrl: OWN, externalURL: 'https://evil.example' }],
    [
      'the camera for a frame of another origin',
      'media',
      { requestingUrl: 'https://evil.example/frame', mediaTypes: ['video'] },
    ],
    [
      'the camera for a look-alike origin',
      'media',
      { requestingUrl: 'kiosk://app.evil/', mediaTypes: ['video'] },
    ],
    [
      'the camera for a prefix-spoofing URL',
      'media',
      { requestingUrl: 'kiosk://app@evil.example/', mediaTypes: ['video'] },
    ],
    [
      'the camera when the security origin disagrees',
      'media',
      { requestingUrl: OWN, securityOrigin: 'https://evil.example', mediaTypes: ['video'] },
    ],
    ['the camera with no requesting URL', 'media', { mediaTypes: ['video'] }],
  ])('denies %s', (_label, permission, details) => {
    const s = fakeSession();
    expect(s.request(permission, details)).toBe(false);
    expect(s.log).toHaveLength(1);
  });
});

describe('permission checks', () => {
  it('answers yes only for the camera, from the kiosk origin', () => {
    const s = fakeSession();
    expect(s.check('media', 'kiosk://app', { mediaType: 'video', requestingUrl: OWN })).toBe(true);
    expect(s.check('media', 'kiosk://app', { mediaType: 'audio' })).toBe(false);
    expect(s.check('media', 'kiosk://app', { mediaType: 'unknown' })).toBe(false);
    expect(s.check('geolocation', 'kiosk://app', {})).toBe(false);
    expect(s.check('media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
    expect(s.check('media', 'kiosk://app.evil', { mediaType: 'video' })).toBe(false);
    expect(s.check('hid', 'kiosk://app', {})).toBe(false);
  });
});

describe('HID, serial and USB stay with the Node side', () => {
  it('device permission is always refused', () => {
    const s = fakeSession();
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(s.device?.({ deviceType, origin: 'kiosk://app', device: {} })).toBe(false);
    }
  });

  it.each([
    ['select-hid-device', [{ deviceList: [{ deviceId: '1' }] }], null],
    ['select-serial-port', [[{ portId: '1' }], {}], ''],
    ['select-usb-device', [{ deviceList: [{ deviceId: '1' }] }], undefined],
  ])('%s is cancelled', (event, args, cancelled) => {
    const s = fakeSession();
    const e = { prevented: false, preventDefault: () => (e.prevented = true) };
    const chose: unknown[] = [];
    s.emitter.emit(event, e, ...args, (...a: unknown[]) => chose.push(...(a.length ? a : [undefined])));
    expect(e.prevented).toBe(true);
    expect(chose).toEqual([cancelled]);
  });
});
