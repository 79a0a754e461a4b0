import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The bundled main process (scripts/build-electron.ts output) run under plain Node with a stand-in `electron`
 * module (test-support/electron-stub): the closest this machine gets to starting the shell. It proves the
 * bundle loads, starts the real kiosk core, wires each guard before the page loads, and exits as systemd
 * expects: 0 after SIGTERM, non-zero with the reason on stderr when the settings file is broken.
 */
const root = join(import.meta.dirname, '..');
const outDir = join(root, 'dist', 'electron-smoke'); // inside the repo, so external native modules resolve
const dirs: string[] = [];

beforeAll(() => {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-electron.ts', outDir], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
}, 60_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function runMain(env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      join(import.meta.dirname, 'test-support/electron-stub/register.mjs'),
      join(outDir, 'main.mjs'),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 45_000,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    },
  );
  const calls = result.stdout
    .split('\n')
    .filter((l) => l.startsWith('{"stub"'))
    .map((l) => JSON.parse(l) as { stub: string; detail: unknown });
  return { status: result.status, stderr: result.stderr, calls, names: calls.map((c) => c.stub) };
}

function dataDir() {
  const d = mkdtempSync(join(tmpdir(), 'zizhu-bundle-'));
  dirs.push(d);
  return d;
}

describe('the bundled Electron main process (Electron replaced)', () => {
  it('starts the kiosk, guards everything before the page loads, and exits 0 on SIGTERM', () => {
    const dir = dataDir();
    // A demo start (simulated devices, embedded province), its keys in a private folder outside the data.
    const keys = join(mkdtempSync(join(tmpdir(), 'zizhu-bundle-keys-')), 'keys');
    const run = runMain({
      KIOSK_MODE: 'demo',
      KIOSK_DATA_DIR: dir,
      KIOSK_CONFIG: join(dir, 'settings.json'),
      KIOSK_DATA_KEY: join(keys, 'data.key'),
      KIOSK_SECRETS: join(keys, 'secrets.json'),
    });
    expect(run.status, run.stderr).toBe(0);
    const order = (name: string) => run.names.indexOf(name);
    for (const name of [
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
      'setApplicationMenu',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      'protocol.handle',
      'BrowserWindow',
      'ipcMain.handle',
      'powerSaveBlocker.start',
    ]) {
      expect(order(name), name).toBeGreaterThanOrEqual(0);
      expect(order(name), `${name} before loadURL`).toBeLessThan(order('loadURL'));
    }
    expect(run.calls.find((c) => c.stub === 'BrowserWindow')?.detail).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(run.calls.find((c) => c.stub === 'loadURL')?.detail).toMatchObject({
      url: 'kiosk://app/index.html',
      csp: expect.stringContaining("connect-src 'self';"),
    });
    expect(run.names.slice(-2)).toEqual(['quit', 'exit']);
    expect(run.calls.at(-1)?.detail).toBe(0);
    expect(run.stderr).toContain('shutting down (SIGTERM)');
  }, 60_000);

  it('exits 2 with the reason when the settings file is broken, opening no window', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'settings.json'), '{"devices": ');
    const run = runMain({ KIOSK_DATA_DIR: dir, KIOSK_CONFIG: join(dir, 'settings.json') });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/start-up failed \(loading settings\)[\s\S]*settings\.json: not valid JSON/);
    expect(run.names).not.toContain('BrowserWindow');
  }, 60_000);
});
