import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

/**
 * End-to-end tests: Debian's Chromium (Playwright's own browser builds cannot be downloaded here) against
 * the real browser host with simulated devices and the embedded provincial simulator. No mocks.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5799);

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
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
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
  webServer: {
    command: 'npx tsx tests/e2e/serve-kiosk.ts',
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(E2E_PORT) },
  },
});
