/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AdminRole } from '../../api/admin-contract';
import { DEV_ADMIN_PIN } from '../../kiosk/demo/dev-admin-pins';
import { expect } from './kiosk-test';

/** Admin screens' screenshots (zh-CN) are kept apart from the residents' journeys. */
export const ADMIN_SCREEN_DIR = join(process.cwd(), 'artifacts', 'screens', 'admin');

export async function saveAdminScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ADMIN_SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(ADMIN_SCREEN_DIR, `${name}.png`), fullPage: true });
}

/** The hidden gesture: five taps on the home screen's top-left corner within 3 s. */
export async function openPinPad(page: Page): Promise<void> {
  const corner = page.getByTestId('admin-corner');
  for (let i = 0; i < 5; i++) await corner.click({ position: { x: 20, y: 20 } });
  await expect(page.getByRole('dialog', { name: '请输入管理密码' })).toBeVisible();
}

export async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.locator(`[data-digit="${d}"]`).click();
  await page.getByTestId('admin-pin-ok').click();
}

export async function enterAdmin(page: Page, role: AdminRole, pin = DEV_ADMIN_PIN): Promise<void> {
  await openPinPad(page);
  await page.locator(`[data-role="${role}"]`).click();
  await typePin(page, pin);
  await expect(page.getByTestId('admin-shell')).toBeVisible();
}
