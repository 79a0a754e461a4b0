import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

/**
 * End-to-end tests: Debian's Chromium (Playwright's own browser builds cannot be downloaded here) against
 * the real browser host with simulated devices and the embedded provincial simulator. No mocks.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5799);
/**
 * Two workers, each with a kiosk of its own (its own simulated devices, province and data folder): worker i
 * talks to the kiosk on E2E_PORT + i. The journeys mostly wait (voice clips, the province's answers), so two
 * run in about the time of one on a 2-core machine. E2E_WORKERS=1 runs them one after another.
 */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
export const kioskPort = (parallelIndex: number): number => E2E_PORT + parallelIndex;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // As the kiosk's own Chromium window (scripts/start.ts) and Electron window: prompts play before any touch.
  '--autoplay-policy=no-user-gesture-required',
];

/** Chromium's fake document camera, fed a fixture video (tests/fixtures/camera/README.md). */
const fakeCamera = (video: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${join(import.meta.dirname, 'tests/fixtures/camera', video)}`,
];
const chromium = (extra: string[]) => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, ...extra],
});

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: 0,
  reporter: 'list',
  use: {
    // Overridden per worker in tests/e2e/kiosk-test.ts (kioskPort(parallelIndex)).
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    permissions: ['camera'],
  },
  projects: [
    {
      name: 'kiosk',
      testIgnore: '**/camera-blurred.e2e.ts',
      use: { launchOptions: chromium(fakeCamera('camera-page-sharp.mjpeg')) },
    },
    {
      name: 'blurred-camera',
      testMatch: '**/camera-blurred.e2e.ts',
      use: { launchOptions: chromium(fakeCamera('camera-page-blurred.mjpeg')) },
    },
  ],
  webServer: Array.from({ length: E2E_WORKERS }, (_, i) => ({
    command: 'npx tsx tests/e2e/serve-kiosk.ts',
    url: `http://127.0.0.1:${kioskPort(i)}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: { E2E_PORT: String(kioskPort(i)) },
  })),
});
