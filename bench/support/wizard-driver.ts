import type { Page } from '@playwright/test';

/**
 * The resident's actions on the kiosk screen for the browser benches, as tests/e2e/wizard-helpers.ts does them
 * (taps on the screen, keys of the on-screen keyboard) but without the Playwright test runner or its `expect`:
 * Playwright's own auto-waiting clicks and `waitFor`. Only what the benches' journeys need.
 */

const WAIT_MS = 20_000;

export const byTestId = (page: Page, id: string) => page.getByTestId(id);

async function key(page: Page, ch: string): Promise<void> {
  await page
    .getByTestId('keyboard')
    .locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) })
    .first()
    .click();
}

/** A mobile number on the digit pad, which closes itself at 11 digits. */
export async function typePhone(page: Page, field: string, digits: string): Promise<void> {
  await page.locator(`[data-field="${field}"] input`).click();
  for (const ch of digits) await key(page, ch);
  await page.getByTestId('keyboard').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** Chinese text through pinyin: each [pinyin, candidate] pair typed, the candidate tapped, then 完成. */
export async function typePinyin(
  page: Page,
  field: string,
  parts: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  await page.locator(`[data-field="${field}"] input`).click();
  const keyboard = page.getByTestId('keyboard');
  for (const [pinyin, candidate] of parts) {
    for (const ch of pinyin) await key(page, ch);
    await keyboard
      .locator('.osk-candidate', { hasText: new RegExp(`^${candidate}$`) })
      .first()
      .click();
  }
  await keyboard.locator('.osk-key-done').click();
  await keyboard.waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** One tap on a field's copy offer (与身份证地址相同, the chosen region's name). */
export async function copyInto(page: Page, field: string): Promise<void> {
  await byTestId(page, `copy-${field}`).click();
}

/** Province → city → county tiles of the region panel. */
export async function pickRegion(page: Page, field: string, names: ReadonlyArray<string>): Promise<void> {
  const picker = page.locator(`[data-field="${field}"] .region-picker`);
  if ((await picker.getAttribute('data-complete')) === 'true') {
    if ((await picker.locator('.region-picker__chosen').textContent()) === names.join('')) return;
    await picker.locator('.region-picker__again').click();
  }
  for (const name of names)
    await picker.locator('.region-tile', { hasText: new RegExp(`^${name}$`) }).click();
  await page
    .locator(`[data-field="${field}"] .region-picker[data-complete="true"]`)
    .waitFor({ timeout: WAIT_MS });
}

export async function choose(page: Page, field: string, option: string): Promise<void> {
  const radio = page.locator(`[data-field="${field}"] [role="radio"]`, { hasText: option });
  if ((await radio.count()) === 0) await page.locator(`[data-field="${field}"] .choice--more`).click();
  await radio.click();
}

/** Steps the date picker's day forward from today until the value is after today (an end date). */
export async function pickDayAfterToday(page: Page, field: string, days: number): Promise<void> {
  const picker = page.locator(`[data-field="${field}"] .date-picker`);
  const dayUp = picker.locator('[data-unit="day"] .date-picker__step').last();
  const wanted = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${wanted.getFullYear()}-${pad(wanted.getMonth() + 1)}-${pad(wanted.getDate())}`;
  for (let taps = 0; taps < days + 2; taps++) {
    if ((await picker.getAttribute('data-value')) === iso) return;
    await dayUp.click();
  }
  throw new Error(`bench: the date picker of ${field} did not reach ${iso}`);
}

/** The fake camera shows a page; waits until the Node side checked and stored it (a new thumbnail). */
export async function photograph(page: Page): Promise<void> {
  const thumbs = page.getByTestId('page-thumb');
  const before = await thumbs.count();
  const shoot = page.getByTestId('shoot');
  await page.locator('[data-testid="shoot"]:enabled').waitFor({ timeout: WAIT_MS });
  await shoot.click();
  await thumbs.nth(before).waitFor({ timeout: WAIT_MS });
}

/** Signs the 个人承诺书 with one finger stroke on the signature pad. */
export async function signPromise(page: Page): Promise<void> {
  await byTestId(page, 'proof-promise').click();
  const pad = byTestId(page, 'signature-pad');
  await pad.waitFor({ timeout: WAIT_MS });
  const box = await pad.boundingBox();
  if (!box) throw new Error('bench: no signature pad');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + 40 + i * 40, box.y + box.height / 2 + (i % 2 ? 30 : -30));
  await page.mouse.up();
  await byTestId(page, 'sign-done').click();
  await page.getByText(/已签署个人承诺书/).waitFor({ timeout: WAIT_MS });
}

/** Waits for a `[data-step]` to be on screen. */
export async function onStep(page: Page, step: string): Promise<void> {
  await page.locator(`[data-step="${step}"]`).waitFor({ timeout: WAIT_MS });
}
