/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { AdminRole } from '../../api/admin-contract';
import { DEV_ADMIN_PIN } from '../../kiosk/demo/dev-admin-pins';
import { expect } from './kiosk-test';

/** Admin screens' screenshots (zh-CN) are kept apart from the residents' journeys. */
export const ADMIN_SCREEN_DIR = join(process.cwd(), 'artifacts', 'screens', 'admin');

/**
 * The screen as the journey's viewport shows it (1366×768, `<name>.png`), and the same screen at 1920×1080
 * (`<name>-1920.png`): the admin screens are looked at on both kiosk sizes. Full page, so what is below the
 * fold is in the picture too.
 */
export async function saveAdminScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ADMIN_SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(ADMIN_SCREEN_DIR, `${name}.png`), fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(ADMIN_SCREEN_DIR, `${name}-1920.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
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

/** The on-screen keyboard an admin text field opens (no physical keyboard on a kiosk). */
function adminKeyboard(page: Page): Locator {
  return page.getByTestId('admin-keyboard');
}

/**
 * Taps `field` open and types `text` on the on-screen keyboard, key by key (the technical layout's case key
 * for capitals), after clearing what was there; then 完成. Taps only: no page.keyboard, no fill().
 */
export async function tapText(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  const kb = adminKeyboard(page);
  await expect(kb).toBeVisible();
  await kb.locator('.osk-key-clear').click();
  const caseKey = kb.locator('.osk-key-toggle');
  for (const c of text) {
    if (c === ' ') {
      await kb.locator('.osk-key-space').click();
      continue;
    }
    if (/[a-z]/i.test(c) && (await caseKey.count()) > 0) {
      const upper = (await caseKey.getAttribute('aria-pressed')) === 'true';
      if (upper !== (c === c.toUpperCase())) await caseKey.click();
    }
    await kb.getByRole('button', { name: c, exact: true }).click();
  }
  await expect(kb.getByTestId('admin-keyboard-value')).toHaveText(
    (await field.getAttribute('type')) === 'password' ? '●'.repeat(text.length) : text,
  );
  await kb.locator('.osk-key-done').click();
  await expect(kb).toHaveCount(0);
}

/** Taps `field` open and types Chinese on the pinyin keyboard: each [pinyin, candidate] pair, then 完成. */
export async function tapPinyin(
  page: Page,
  field: Locator,
  parts: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  await field.click();
  const kb = adminKeyboard(page);
  await expect(kb).toBeVisible();
  for (const [pinyin, candidate] of parts) {
    for (const ch of pinyin) await kb.getByRole('button', { name: ch, exact: true }).click();
    await kb
      .locator('.osk-candidate', { hasText: new RegExp(`^${candidate}$`) })
      .first()
      .click();
  }
  await kb.locator('.osk-key-done').click();
  await expect(kb).toHaveCount(0);
}
