// A stand-in for the `electron` module, for running the bundled main process under plain Node
// (electron/bundle-smoke.test.ts). It records what the shell asks of Electron as JSON lines on stdout, serves
// the page through the shell's own kiosk:// handler, and sends SIGTERM once the page has "loaded".
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';

const record = (what, detail = null) => process.stdout.write(`${JSON.stringify({ stub: what, detail })}\n`);
const preventable = () => ({ preventDefault() {} });

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady: async () => {},
  requestSingleInstanceLock: () => (record('requestSingleInstanceLock'), true),
  quit() {
    record('quit');
    this.emit('before-quit', preventable());
  },
  exit(code) {
    record('exit', code);
    process.exit(code);
  },
  relaunch: () => record('relaunch'),
});
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record('registerSchemesAsPrivileged', schemes),
  handle: (scheme, handler) => {
    record('protocol.handle', scheme);
    protocol.handler = handler;
  },
};
export const session = {
  defaultSession: Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: () => record('setPermissionRequestHandler'),
    setPermissionCheckHandler: () => record('setPermissionCheckHandler'),
    setDevicePermissionHandler: () => record('setDevicePermissionHandler'),
  }),
};
export const ipcMain = { handle: (channel) => record('ipcMain.handle', channel), removeHandler() {} };
export const Menu = { setApplicationMenu: (menu) => record('setApplicationMenu', menu) };
export const powerSaveBlocker = { start: (type) => (record('powerSaveBlocker.start', type), 1), stop() {} };
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    record('BrowserWindow', options.webPreferences);
    this.webContents = Object.assign(new EventEmitter(), {
      mainFrame: {},
      send() {},
      reload() {},
      forcefullyCrashRenderer() {},
    });
    app.emit('web-contents-created', {}, Object.assign(this.webContents, { setWindowOpenHandler() {} }));
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {}
  async loadURL(url) {
    const response = await protocol.handler(new Request(url));
    record('loadURL', { url, status: response.status, csp: response.headers.get('content-security-policy') });
    setTimeout(() => process.emit('SIGTERM', 'SIGTERM'), 100);
  }
}
// A utilityProcess is a Node child with a message channel: here a child_process.fork of the built core entry
// (its end is process.send rather than process.parentPort; kiosk/core-process/core-port.ts takes either).
export const utilityProcess = {
  fork(modulePath, args, options) {
    record('utilityProcess.fork', options.serviceName);
    const child = fork(modulePath, args, {
      env: options.env,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return Object.assign(new EventEmitter(), {
      get pid() {
        return child.pid;
      },
      postMessage: (message) => child.connected && child.send(message, () => {}),
      kill: () => child.kill('SIGKILL'),
      on(event, listener) {
        child.on(event, event === 'exit' ? (code) => listener(code ?? -1) : listener);
        return this;
      },
    });
  },
};
export const contextBridge = { exposeInMainWorld() {} };
export const ipcRenderer = { invoke() {}, on() {}, removeListener() {} };
export default { app, protocol, session, ipcMain, Menu, powerSaveBlocker, BrowserWindow, utilityProcess };
