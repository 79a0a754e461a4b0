/// <reference lib="dom" />
import { expect, type Page } from '@playwright/test';
import { control } from './kiosk-control';
import { saveScreenshot } from './kiosk-test';

/** Steps of a journey, driven the way a resident does it: taps on the screen, keys of the on-screen keyboard. */

export async function startItem(page: Page, itemId: string): Promise<void> {
  await page.goto('/');
  await page.locator(`.tile[data-item="${itemId}"]`).click();
  await expect(page.locator('[data-step="identity"]')).toBeVisible();
}

/** Places a card on the simulated reader (the real driver reads it over a pty) and waits for the next step. */
export async function presentCard(page: Page, cardId: string, nextStep = 'start'): Promise<void> {
  await control('sim.presentCard', { cardId });
  await expect(page.locator(`[data-step="${nextStep}"]`)).toBeVisible({ timeout: 15_000 });
  await control('sim.removeCard', {});
}

/** Shows a person's 医保电子凭证 QR code to the simulated HID scanner (EC01 on the Node side). */
export async function showQr(page: Page, personId: string, nextStep = 'start'): Promise<void> {
  await control('sim.scanQr', { personId });
  await expect(page.locator(`[data-step="${nextStep}"]`)).toBeVisible({ timeout: 15_000 });
}

/** Identifies the resident by card or by 电子凭证, as a journey's identity says. */
export async function identify(
  page: Page,
  how: 'card' | 'qr',
  personKey: string,
  nextStep = 'start',
): Promise<void> {
  if (how === 'card') await presentCard(page, `province:${personKey}`, nextStep);
  else await showQr(page, personKey, nextStep);
}

/** Latin letters and spaces on the pinyin keyboard's English layer (e.g. a name in pinyin), key by key. */
export async function typeLatin(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`[data-field="${field}"] input`).click();
  const keyboard = page.getByTestId('keyboard');
  await keyboard.locator('.osk-key-toggle').click();
  for (const ch of text) {
    if (ch === ' ') await keyboard.locator('.osk-key-space').click();
    else
      await keyboard
        .locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) })
        .first()
        .click();
  }
  await keyboard.locator('.osk-key-done').click();
}

/** Waits until 结果 shows the province's own answer: 已受理 or 审核通过 (never merely "sent"). */
export async function expectProvinceAccepted(page: Page): Promise<void> {
  await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', /^(accepted|approved)$/, {
    timeout: 30_000,
  });
}

/** What the embedded province holds for a 受理编号 the kiosk showed (the case it received, as received). */
export async function provinceCaseFor(page: Page): Promise<Record<string, unknown>> {
  const sn = await page.getByTestId('province-no').getAttribute('data-no');
  const { cases } = await control('sim.provinceCases', {});
  const held = cases.find((c) => c.sn === sn);
  if (!held) throw new Error(`the province holds no case ${sn}`);
  return held.data;
}

export async function next(page: Page): Promise<void> {
  await page.getByTestId('nav-next').click();
}

/** Opens a typed field and types on the on-screen keyboard (digits, letters, X). */
export async function typeInto(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`[data-field="${field}"] input`).click();
  const keyboard = page.getByTestId('keyboard');
  for (const ch of text)
    await keyboard
      .locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) })
      .first()
      .click();
  await keyboard.locator('.osk-key-done').click();
}

/** Chinese text through pinyin: each [pinyin, candidate] pair is typed, then the candidate tapped. */
export async function typePinyin(
  page: Page,
  field: string,
  parts: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  await page.locator(`[data-field="${field}"] input`).click();
  const keyboard = page.getByTestId('keyboard');
  for (const [pinyin, candidate] of parts) {
    for (const ch of pinyin)
      await keyboard
        .locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) })
        .first()
        .click();
    await keyboard
      .locator('.osk-candidate', { hasText: new RegExp(`^${candidate}$`) })
      .first()
      .click();
  }
  await keyboard.locator('.osk-key-done').click();
}

export async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`[data-field="${field}"] [role="radio"]`, { hasText: option }).click();
}

export async function pickRegion(page: Page, field: string, names: ReadonlyArray<string>): Promise<void> {
  for (const [i, name] of names.entries()) {
    await page.locator(`[data-field="${field}"] select`).nth(i).selectOption({ label: name });
  }
}

export async function pickDate(page: Page, field: string, isoDay: string): Promise<void> {
  await page.locator(`[data-field="${field}"] input[type="date"]`).fill(isoDay);
}

/** The fake camera (Chromium fed a fixture video) shows a page; the Node side checks and stores it. */
export async function photograph(page: Page): Promise<void> {
  const before = await page.getByTestId('page-thumb').count();
  await expect(page.getByTestId('shoot')).toBeEnabled({ timeout: 15_000 });
  await page.getByTestId('shoot').click();
  await expect(page.getByTestId('page-thumb')).toHaveCount(before + 1, { timeout: 20_000 });
}

/** Signs the 个人承诺书 with a finger stroke on the signature pad. */
export async function signPromise(page: Page): Promise<void> {
  await page.getByTestId('proof-promise').click();
  const pad = page.getByTestId('signature-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + 40 + i * 40, box.y + box.height / 2 + (i % 2 ? 30 : -30));
  await page.mouse.up();
  await page.getByTestId('sign-done').click();
  await expect(page.getByText(/已签署个人承诺书/)).toBeVisible();
}

/** 确认提交 → 结果: returns the 受理编号 shown. */
export async function confirmAndSubmit(page: Page): Promise<string> {
  await expect(page.locator('[data-step="confirm"]')).toBeVisible();
  await page.getByTestId('confirm-tick').check();
  await page.getByTestId('submit').click();
  await expect(page.locator('[data-step="result"]')).toBeVisible({ timeout: 15_000 });
  const acceptNo = (await page.getByTestId('accept-no').textContent())?.trim() ?? '';
  expect(acceptNo).toMatch(/^\d{6}/);
  return acceptNo;
}

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function shot(page: Page, journey: string, step: string): Promise<void> {
  await saveScreenshot(page, `${journey}-${step}`);
}
