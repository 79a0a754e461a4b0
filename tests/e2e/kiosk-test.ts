/// <reference lib="dom" />
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { control, kioskUrl } from './kiosk-control';

/** Where screenshots of every screen are kept as test artifacts (CI prints this folder). */
export const SCREENSHOT_DIR = join(process.cwd(), 'artifacts', 'screenshots');

/**
 * The kiosk page fixture: fails the test on any page error, console error (missing i18n keys are logged as
 * errors) or failed request, so a screen that "looks fine" but is broken underneath does not pass.
 */
export const test = base.extend<{ kiosk: Page }>({
  // Each worker's pages open the worker's own kiosk (playwright.config.ts starts one per worker).
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(kioskUrl()),
  kiosk: async ({ page }, use) => {
    // Every test starts with the province up, deciding a 待审核 case within a second.
    await control('sim.province', { outage: false, reviewDelaySeconds: 1 });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    await use(page);
    expect(problems, 'page reported errors').toEqual([]);
  },
});

export async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.tile').first()).toBeVisible();
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export { expect };
