import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSettings } from '../../config/load-settings';
import type { Settings } from '../../config/settings-schema';
import { startBrowserHost } from '../../host/browser-host';
import { RENDERER_DIR } from '../../host/main';
import { forkCoreSpawner } from '../../kiosk/core-process/fork-core';
import { startRemoteKiosk } from '../../kiosk/core-process/remote-kiosk';
import { startKiosk, type RunningKiosk } from '../../kiosk/start-kiosk';

/**
 * The real kiosk for a bench: every Node-side service (simulated devices, embedded provincial simulator,
 * SQLite case store) on a fresh temporary data directory, optionally behind the real browser host on a
 * dynamic loopback port. Settings come from an explicit environment (not process.env), so a technician's
 * KIOSK_* variables cannot leak in; the nightly maintenance window is off so the bench runs at any hour.
 */

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type BenchKiosk = RunningKiosk &
  Readonly<{ settings: Settings; dataDir: string; url: string | null; close(): Promise<void> }>;

export async function startBenchKiosk(options: {
  withHost: boolean;
  /** An empty directory to use (and remove on close) instead of a new temporary one. */
  dataDir?: string;
  /** Settings-file sections beside the bench's own (e.g. `devices` to put a bench-owned reader in place). */
  config?: Readonly<Record<string, unknown>>;
  /**
   * 'child-process': the core in a process of its own, as `npm run host` and Electron run it (so the bench's
   * own work, e.g. driving Chromium, does not share the core's event loop). Default 'in-process'.
   */
  core?: 'in-process' | 'child-process';
}): Promise<BenchKiosk> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'zizhu-bench-'));
  try {
    const configPath = join(dataDir, 'settings.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        province: { maintenance: { enabled: false, start: '21:30', end: '00:05' } },
        ...options.config,
      }),
    );
    const env = {
      KIOSK_MODE: 'demo',
      KIOSK_DATA_DIR: dataDir,
      KIOSK_CONFIG: configPath,
      KIOSK_HOST_PORT: '0',
    };
    const { settings } = loadSettings(env);
    const kiosk: RunningKiosk =
      options.core === 'child-process'
        ? await startRemoteKiosk({
            spawn: forkCoreSpawner({ ...env, PATH: process.env.PATH ?? '' }),
            onGiveUp: (reason) => console.error(`bench: kiosk core gave up: ${reason}`),
          })
        : await startKiosk(settings, 'browser-host');
    let host: Awaited<ReturnType<typeof startBrowserHost>> | null = null;
    try {
      if (options.withHost) {
        host = await startBrowserHost({
          kiosk,
          rendererDir: RENDERER_DIR,
          port: settings.host.port,
          bind: settings.host.bind,
        });
      }
    } catch (error) {
      await kiosk.close();
      throw error;
    }
    return {
      mode: kiosk.mode,
      handlers: kiosk.handlers,
      sim: kiosk.sim,
      events: kiosk.events,
      wipeSessions: kiosk.wipeSessions,
      settings,
      dataDir,
      url: host?.url ?? null,
      async close() {
        try {
          await host?.close();
          await kiosk.close();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Builds dist/renderer with vite when it is missing (a fresh clone); an existing build is used as it is. */
export async function ensureRendererBuilt(timeoutMs = 120_000): Promise<'existing' | 'built'> {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return 'existing';
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--logLevel=warn'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`bench: vite build failed (${signal ?? `exit ${code}`})`));
    });
  });
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('bench: vite build wrote no index.html');
  return 'built';
}
