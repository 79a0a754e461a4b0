import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../config/load-settings';
import { EventBus } from '../kiosk/event-bus';
import { contractHandlers } from '../tests/contract/kiosk-api.contract';
import { CALL_CHANNEL } from './ipc-channels';
import {
  EXIT_BAD_SETTINGS,
  EXIT_STARTUP_FAILED,
  launchKiosk,
  type KioskWindow,
  type LaunchDeps,
} from './launch';

/**
 * The main process with every Electron object replaced by an EventEmitter-based fake: start-up failures,
 * the wiring of each guard, and IPC as the real ipcMain would deliver it.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'zizhu-launch-'));
  dirs.push(d);
  return d;
};

const preventable = () => {
  const e = { prevented: false, preventDefault: () => (e.prevented = true) };
  return e;
};

function fakeShell(
  options: {
    lock?: boolean;
    startKiosk?: LaunchDeps['startKiosk'];
    loadUrl?: () => Promise<void>;
    env?: NodeJS.ProcessEnv;
  } = {},
) {
  const log: string[] = [];
  const exits: number[] = [];
  const calls: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    whenReady: async () => {},
    requestSingleInstanceLock: () => options.lock ?? true,
    quit: () => {
      calls.push('quit');
      app.emit('before-quit', preventable());
    },
    exit: (code: number) => void exits.push(code),
    relaunch: () => void calls.push('relaunch'),
  });
  const mainFrame = { url: 'kiosk://app/index.html', parent: null };
  const contents = Object.assign(new EventEmitter(), {
    mainFrame,
    send: vi.fn(),
    reload: () => void calls.push('reload'),
    forcefullyCrashRenderer: () => void calls.push('kill renderer'),
  });
  const windows: unknown[] = [];
  const win = Object.assign(new EventEmitter(), {
    webContents: contents,
    isMinimized: () => true,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
    loadURL: vi.fn(options.loadUrl ?? (async () => {})),
  });
  const ipc = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  });
  const signals = new Map<string, () => void>();
  const kiosk = {
    handlers: contractHandlers(),
    events: new EventBus(),
    wipeSessions: vi.fn(async () => 1),
    close: vi.fn(async () => {}),
  };
  const blocker = { start: vi.fn((_type: 'prevent-display-sleep') => 7), stop: vi.fn((_id: number) => {}) };
  const dataDir = tempDir();
  const deps: LaunchDeps = {
    app: app as unknown as LaunchDeps['app'], // EventEmitter typing is looser than the port's
    session: session as never,
    ipcMain: {
      handle: (channel, fn) => void ipc.set(channel, fn as never),
      removeHandler: (channel) => void ipc.delete(channel),
    },
    powerSaveBlocker: blocker,
    removeApplicationMenu: () => void calls.push('menu removed'),
    serveRenderer: () => void calls.push('protocol'),
    createWindow: () => (windows.push(win), win as unknown as KioskWindow),
    loadSettings,
    startKiosk: options.startKiosk ?? (async () => kiosk),
    onSignal: (signal, fn) => void signals.set(signal, fn),
    env: options.env ?? {
      KIOSK_MODE: 'demo',
      KIOSK_DATA_DIR: dataDir,
      KIOSK_CONFIG: join(dataDir, 'none.json'),
    },
    platform: 'linux',
    log: (m) => void log.push(m),
    setTimer: () => () => {},
  };
  const call = (frame: unknown, method: unknown, args?: unknown) =>
    ipc.get(CALL_CHANNEL)?.({ senderFrame: frame }, method, args);
  return {
    deps,
    blocker,
    app,
    win,
    contents,
    session,
    kiosk,
    log,
    exits,
    calls,
    windows,
    signals,
    call,
    mainFrame,
  };
}

describe('start-up failures exit non-zero with the reason logged', () => {
  it('a settings file that is not JSON', async () => {
    const dir = tempDir();
    const config = join(dir, 'settings.json');
    writeFileSync(config, '{ "devices": { "idcard": ');
    const s = fakeShell({ env: { KIOSK_CONFIG: config, KIOSK_DATA_DIR: dir } });
    expect(await launchKiosk(s.deps)).toBeNull();
    expect(s.exits).toEqual([EXIT_BAD_SETTINGS]);
    expect(s.log.join('\n')).toMatch(/start-up failed \(loading settings\).*settings\.json: not valid JSON/s);
    expect(s.windows).toHaveLength(0);
  });

  it('a settings file with a bad value names the setting', async () => {
    const dir = tempDir();
    const config = join(dir, 'settings.json');
    writeFileSync(config, JSON.stringify({ devices: { idcard: { port: 'COM-nowhere;rm -rf' } } }));
    const s = fakeShell({ env: { KIOSK_CONFIG: config, KIOSK_DATA_DIR: dir } });
    await launchKiosk(s.deps);
    expect(s.exits).toEqual([EXIT_BAD_SETTINGS]);
    expect(s.log.join('\n')).toContain('devices.idcard.port');
  });

  it('the kiosk core failing to start (e.g. the database)', async () => {
    const s = fakeShell({
      startKiosk: async () => Promise.reject(new Error('SQLITE_CANTOPEN: unable to open')),
    });
    await launchKiosk(s.deps);
    expect(s.exits).toEqual([EXIT_STARTUP_FAILED]);
    expect(s.log.join('\n')).toMatch(/starting the kiosk services.*SQLITE_CANTOPEN/s);
    expect(s.windows).toHaveLength(0);
  });

  it('the page failing to load (never a blank window left running)', async () => {
    const s = fakeShell({ loadUrl: async () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) });
    await launchKiosk(s.deps);
    expect(s.exits).toEqual([EXIT_STARTUP_FAILED]);
    expect(s.log.join('\n')).toMatch(/loading the kiosk page.*ERR_FILE_NOT_FOUND/s);
  });
});

describe('a running kiosk', () => {
  async function running() {
    const s = fakeShell();
    const handle = await launchKiosk(s.deps);
    expect(handle).not.toBeNull();
    expect(s.exits).toEqual([]);
    return { ...s, handle };
  }

  it('keeps the display awake, has no menu, serves kiosk:// and polices permissions before the page loads', async () => {
    const s = await running();
    expect(s.blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(s.calls).toEqual(expect.arrayContaining(['menu removed', 'protocol']));
    expect(s.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(s.session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(s.session.setDevicePermissionHandler).toHaveBeenCalled();
    expect(s.win.loadURL).toHaveBeenCalledWith('kiosk://app/index.html');
  });

  it('guards every WebContents created later, e.g. a popup or frame', async () => {
    const s = await running();
    const other = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    s.app.emit('web-contents-created', {}, other);
    const nav = Object.assign(preventable(), { url: 'https://evil.example/' });
    other.emit('will-navigate', nav);
    expect(nav.prevented).toBe(true);
    expect(other.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('a second start focuses this window; the second process exits at once', async () => {
    const s = await running();
    s.app.emit('second-instance', {}, [], '/');
    expect(s.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));

    const second = fakeShell({ lock: false });
    expect(await launchKiosk(second.deps)).toBeNull();
    expect(second.exits).toEqual([0]);
    expect(second.windows).toHaveLength(0);
  });

  it('the resident cannot close the window; all windows gone without a shutdown exits 1', async () => {
    const s = await running();
    const close = preventable();
    s.win.emit('close', close);
    expect(close.prevented).toBe(true);
    s.app.emit('window-all-closed');
    expect(s.exits).toEqual([1]);
  });

  it('SIGTERM is the shutdown path: window may close, kiosk closes, exit 0', async () => {
    const s = await running();
    s.signals.get('SIGTERM')?.();
    expect(s.calls).toContain('quit');
    await vi.waitFor(() => expect(s.exits).toEqual([0]));
    expect(s.kiosk.close).toHaveBeenCalledOnce();
    expect(s.blocker.stop).toHaveBeenCalledWith(7);
    const close = preventable();
    s.win.emit('close', close);
    expect(close.prevented).toBe(false);
  });

  it('a renderer crash wipes the session and reloads', async () => {
    const s = await running();
    s.contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: -1 });
    await vi.waitFor(() => expect(s.calls).toContain('reload'));
    expect(s.kiosk.wipeSessions).toHaveBeenCalledOnce();
    s.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    await vi.waitFor(() => expect(s.kiosk.wipeSessions).toHaveBeenCalledTimes(2));
  });

  describe('IPC', () => {
    it('answers the kiosk main frame', async () => {
      const s = await running();
      expect(await s.call(s.mainFrame, 'app.info', {})).toMatchObject({ ok: true });
    });

    it.each([
      ['a destroyed frame (null)', null],
      ['a sub-frame of the kiosk page', { url: 'kiosk://app/index.html', parent: {} }],
      ['a frame of another origin', { url: 'https://evil.example/', parent: null }],
      ['another window of the same origin', { url: 'kiosk://app/index.html', parent: null }],
      ['a look-alike origin', { url: 'kiosk://app.evil/', parent: null }],
    ])('refuses %s', async (_label, frame) => {
      const s = await running();
      expect(await s.call(frame, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });

    it.each([
      ['a wrong type', 'session.end', { sessionId: 42, reason: 'home' }],
      ['an extra key', 'session.end', { sessionId: 's', reason: 'home', admin: true }],
      ['a value outside the enum', 'session.end', { sessionId: 's', reason: 'reboot' }],
      ['a string instead of an object', 'session.end', 'rm -rf /'],
      ['an oversized id', 'session.end', { sessionId: 'x'.repeat(10_000), reason: 'home' }],
    ])('refuses malformed arguments: %s', async (_label, method, args) => {
      const s = await running();
      expect(await s.call(s.mainFrame, method, args)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    });

    it('refuses unknown methods', async () => {
      const s = await running();
      for (const method of ['__proto__', 'constructor', 'shell.exec', 42, null]) {
        expect(await s.call(s.mainFrame, method, {})).toMatchObject({
          ok: false,
          error: { code: 'unknown-method' },
        });
      }
    });
  });
});
