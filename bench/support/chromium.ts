import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * Debian's Chromium driven by Playwright, with the flags the end-to-end tests use (Playwright's own browser
 * builds cannot be downloaded on these machines).
 */
export function launchChromium(extraArgs: ReadonlyArray<string> = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** A fresh context is a fresh profile: empty HTTP and code caches, so every load is a cold page load. */
export function freshContext(
  browser: Browser,
  options: { permissions?: string[] } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
    permissions: options.permissions ?? [],
  });
}

/** Chromium's fake document camera fed the e2e tests' sharp page video (tests/fixtures/camera/README.md). */
export function fakeCameraArgs(video = 'camera-page-sharp.mjpeg'): string[] {
  const file = fileURLToPath(new URL(`../../tests/fixtures/camera/${video}`, import.meta.url));
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}
