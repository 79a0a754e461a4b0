import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardWebContents, type GuardedContents } from './contents-guard';

/** A WebContents stand-in: an EventEmitter whose events carry a preventDefault the test can observe. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  });
  const log: string[] = [];
  guardWebContents(contents as unknown as GuardedContents, 'kiosk://app', (m) => log.push(m));
  const fire = (event: string, extra: Record<string, unknown> = {}, ...args: unknown[]) => {
    const e = { prevented: false, preventDefault: () => (e.prevented = true), ...extra };
    emitter.emit(event, e, ...args);
    return e.prevented;
  };
  return { fire, open: (url: string) => openHandler?.({ url }), log };
}

describe('every WebContents is held to the app', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s to another origin is prevented',
    (event) => {
      const c = fakeContents();
      for (const url of [
        'https://evil.example/',
        'http://127.0.0.1:5780/',
        'file:///etc/passwd',
        'kiosk://app.evil/index.html',
        'kiosk://evil/index.html',
        'javascript:alert(1)',
        'data:text/html,<script>1</script>',
        'not a url',
      ]) {
        expect(c.fire(event, { url }), url).toBe(true);
      }
      expect(c.log.length).toBe(8);
    },
  );

  it('navigation inside the app is allowed', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', { url: 'kiosk://app/index.html#/enroll' })).toBe(false);
    expect(c.fire('will-redirect', { url: 'kiosk://app/enroll' })).toBe(false);
  });

  it('window.open is denied, whatever the URL', () => {
    const c = fakeContents();
    expect(c.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(c.open('kiosk://app/index.html')).toEqual({ action: 'deny' });
  });

  it('a <webview> is never attached', () => {
    expect(fakeContents().fire('will-attach-webview', {}, {}, { src: 'https://evil.example/' })).toBe(true);
  });

  it('the Bluetooth chooser is cancelled', () => {
    const c = fakeContents();
    let chosen: string | null = null;
    expect(c.fire('select-bluetooth-device', {}, [{ deviceId: 'x' }], (id: string) => (chosen = id))).toBe(
      true,
    );
    expect(chosen).toBe('');
  });

  it('the key filter is installed', () => {
    const c = fakeContents();
    const input = (key: string, mods: object) => ({
      key,
      code: `Key${key.toUpperCase()}`,
      control: false,
      meta: false,
      alt: false,
      shift: false,
      ...mods,
    });
    expect(c.fire('before-input-event', {}, input('w', { control: true }))).toBe(true);
    expect(c.fire('before-input-event', {}, input('a', {}))).toBe(false);
  });
});
