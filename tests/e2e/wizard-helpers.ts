/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';
import { control } from './kiosk-control';
import { saveScreenshot } from './kiosk-test';
import { isoDay } from '../../flows/fields/date';

/** Steps of a journey, driven the way a resident does it: taps on the screen, keys of the on-screen keyboard. */

/**
 * Every resident action goes through `tap`, which counts it (a key of the on-screen keyboard is a tap, a
 * finger stroke on the signature pad is one): the tap budgets of issue 14 are read from this count.
 */
const tapCounts = new WeakMap<Page, number>();

export async function tap(page: Page, target: Locator): Promise<void> {
  await target.click();
  tapCounts.set(page, (tapCounts.get(page) ?? 0) + 1);
}

/** Taps the resident made on `page` since the test began (or since `resetTaps`). */
export function tapsOf(page: Page): number {
  return tapCounts.get(page) ?? 0;
}

export function resetTaps(page: Page): void {
  tapCounts.set(page, 0);
}

/** The resident side never shows a native select or date input (tiny, in the browser's language). */
export async function expectNoNativePickers(page: Page): Promise<void> {
  await expect(page.locator('.session select, .session input[type="date"]')).toHaveCount(0);
}

export async function startItem(page: Page, itemId: string): Promise<void> {
  await page.goto('/');
  await tap(page, page.locator(`.tile[data-item="${itemId}"]`));
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
  await openField(page, field);
  const keyboard = page.getByTestId('keyboard');
  await tap(page, keyboard.locator('.osk-key-toggle'));
  for (const ch of text) {
    if (ch === ' ') await tap(page, keyboard.locator('.osk-key-space'));
    else await tap(page, keyboard.locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) }).first());
  }
  await tap(page, keyboard.locator('.osk-key-done'));
}

/** Taps a typed field and checks the keyboard left it in sight: the field and its problem above the keys. */
export async function openField(page: Page, field: string): Promise<void> {
  await tap(page, page.locator(`[data-field="${field}"] input`));
  await expectAboveKeyboard(page, field);
}

export async function expectAboveKeyboard(page: Page, field: string): Promise<void> {
  const keyboard = await page.getByTestId('keyboard').boundingBox();
  const box = await page.locator(`[data-field="${field}"]`).boundingBox();
  if (!keyboard || !box) throw new Error(`no keyboard or no field ${field}`);
  expect(box.y, `${field} scrolled above the top of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${field} hidden by the keyboard`).toBeLessThanOrEqual(keyboard.y + 1);
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
  await expectNoNativePickers(page);
  await tap(page, page.getByTestId('nav-next'));
}

/** 上一步 (the resident's back button). */
export async function back(page: Page): Promise<void> {
  await tap(page, page.getByTestId('nav-back'));
}

/** The form page shown (flows/ definitions: who, address, status, bank; 'all' for a one-page form). */
export async function expectFormPage(page: Page, id: string): Promise<void> {
  await expect(page.getByTestId('form-page')).toHaveAttribute('data-page', id);
}

/** One tap on a field's copy offer (与户口地址相同, 与身份证地址相同, the chosen region's name). */
export async function copyInto(page: Page, field: string): Promise<void> {
  await tap(page, page.getByTestId(`copy-${field}`));
}

/** Opens a typed field and types on the on-screen keyboard (digits, letters, X). */
export async function typeInto(page: Page, field: string, text: string): Promise<void> {
  await openField(page, field);
  const keyboard = page.getByTestId('keyboard');
  for (const ch of text)
    await tap(page, keyboard.locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) }).first());
  // A complete mobile number closes the pad by itself; anything else needs 完成.
  if (await keyboard.isVisible()) await tap(page, keyboard.locator('.osk-key-done'));
  await expect(keyboard).toBeHidden();
}

/** Chinese text through pinyin: each [pinyin, candidate] pair is typed, then the candidate tapped. */
export async function typePinyin(
  page: Page,
  field: string,
  parts: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  await openField(page, field);
  const keyboard = page.getByTestId('keyboard');
  for (const [pinyin, candidate] of parts) {
    for (const ch of pinyin)
      await tap(page, keyboard.locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) }).first());
    await tap(page, keyboard.locator('.osk-candidate', { hasText: new RegExp(`^${candidate}$`) }).first());
  }
  await tap(page, keyboard.locator('.osk-key-done'));
}

export async function choose(page: Page, field: string, option: string): Promise<void> {
  const radio = page.locator(`[data-field="${field}"] [role="radio"]`, { hasText: option });
  if ((await radio.count()) === 0) await tap(page, page.locator(`[data-field="${field}"] .choice--more`));
  await tap(page, radio);
}

/** The enrollment's last two pages for an adult with no job and no subsidy: 身份和补贴, then 银行信息 (optional). */
export async function passEnrollStatusAndBank(page: Page): Promise<void> {
  await expectFormPage(page, 'status');
  await choose(page, 'psn_idet_type', '无业成年人');
  await choose(page, 'subs_type', '无');
  await next(page);
  await expectFormPage(page, 'bank');
  await next(page);
}

/** Province → city → county tiles of the region panel; a region already chosen is chosen again first. */
export async function pickRegion(page: Page, field: string, names: ReadonlyArray<string>): Promise<void> {
  const picker = page.locator(`[data-field="${field}"] .region-picker`);
  if ((await picker.getAttribute('data-complete')) === 'true') {
    if ((await picker.locator('.region-picker__chosen').textContent()) === names.join('')) return;
    await tap(page, picker.locator('.region-picker__again'));
  }
  for (const name of names)
    await tap(page, picker.locator('.region-tile', { hasText: new RegExp(`^${name}$`) }));
  await expect(picker).toHaveAttribute('data-complete', 'true');
}

/** The region a picker holds (its 6-digit code). */
export async function regionOf(page: Page, field: string): Promise<string | null> {
  return page.locator(`[data-field="${field}"] .region-picker`).getAttribute('data-value');
}

/** Steps the year, month and day buttons of the date picker until it shows `isoDay`. */
export async function pickDate(page: Page, field: string, isoDay: string): Promise<void> {
  const picker = page.locator(`[data-field="${field}"] .date-picker`);
  for (let taps = 0; taps < 80; taps++) {
    const value = (await picker.getAttribute('data-value')) ?? '';
    if (value === isoDay) return;
    if (value === '') {
      await tap(page, picker.locator('[data-unit="day"] .date-picker__step').last()); // starts at today
      continue;
    }
    // The largest step that does not overshoot: a year, a month, else a day (as a resident would).
    const later = isoDay > value;
    const shifted = (years: number, months: number) =>
      shiftDay(value, later ? years : -years, later ? months : -months);
    const fits = (candidate: string) => (later ? candidate <= isoDay : candidate >= isoDay);
    const unit = fits(shifted(1, 0)) ? 'year' : fits(shifted(0, 1)) ? 'month' : 'day';
    const buttons = picker.locator(`[data-unit="${unit}"] .date-picker__step`);
    await tap(page, later ? buttons.last() : buttons.first());
    await expect(picker).not.toHaveAttribute('data-value', value);
  }
  throw new Error(`the date picker of ${field} did not reach ${isoDay}`);
}

/** The fake camera (Chromium fed a fixture video) shows a page; the Node side checks and stores it. */
export async function photograph(page: Page): Promise<void> {
  const before = await page.getByTestId('page-thumb').count();
  await expect(page.getByTestId('shoot')).toBeEnabled({ timeout: 15_000 });
  await tap(page, page.getByTestId('shoot'));
  await expect(page.getByTestId('page-thumb')).toHaveCount(before + 1, { timeout: 20_000 });
}

/** Signs the 个人承诺书 with a finger stroke on the signature pad. */
export async function signPromise(page: Page): Promise<void> {
  await tap(page, page.getByTestId('proof-promise'));
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded(); // on a low screen the pad starts below the fold: the resident scrolls
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + 40 + i * 40, box.y + box.height / 2 + (i % 2 ? 30 : -30));
  await page.mouse.up();
  tapCounts.set(page, tapsOf(page) + 1); // the finger stroke
  await tap(page, page.getByTestId('sign-done'));
  await expect(page.getByText(/已签署个人承诺书/)).toBeVisible();
}

/** 确认提交 → 结果: returns the 受理编号 shown. */
export async function confirmAndSubmit(page: Page): Promise<string> {
  await expect(page.locator('[data-step="confirm"]')).toBeVisible();
  await expectNoNativePickers(page);
  await tap(page, page.getByTestId('confirm-tick'));
  await expect(page.getByTestId('confirm-tick')).toBeChecked();
  await tap(page, page.getByTestId('submit'));
  await expect(page.locator('[data-step="result"]')).toBeVisible({ timeout: 15_000 });
  const acceptNo = (await page.getByTestId('accept-no').textContent())?.trim() ?? '';
  expect(acceptNo).toMatch(/^\d{6}/);
  return acceptNo;
}

/** Today as the kiosk counts days (China time, flows/fields/date.ts), whatever this machine's zone. */
export function today(): string {
  return isoDay(new Date());
}

/** yyyy-MM-dd moved by whole years and months (the day kept within the month, as the picker does). */
function shiftDay(day: string, years: number, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function tomorrow(): string {
  return isoDay(new Date(Date.now() + 86_400_000));
}

export async function shot(page: Page, journey: string, step: string): Promise<void> {
  await saveScreenshot(page, `${journey}-${step}`);
}
