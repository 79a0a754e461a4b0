/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openHome, test } from './kiosk-test';
import { expectAccessible, expectLayout, expectOnScreen } from './layout-checks';
import { expectFormPage, next, presentCard } from './wizard-helpers';

/**
 * What the walks of every-screen.e2e.ts do not cover: a card name with a rare character, and the other two
 * languages in elder mode at 1366×768 (home, 身份认证, Help and 呼叫工作人员), each step kept as a screenshot.
 */
test.setTimeout(120_000);

const ELDER_1366_DIR = join(process.cwd(), 'artifacts', 'screens', 'elder-1366');

async function keep(page: Page, screen: string): Promise<void> {
  mkdirSync(ELDER_1366_DIR, { recursive: true });
  await page.screenshot({ path: join(ELDER_1366_DIR, `${screen}.png`) });
}

test('a card name with a private-use character goes ahead, and Ext-B characters have a font', async ({
  kiosk: page,
}) => {
  await openHome(page);
  // The 生僻字 font is found where the kiosk runs (fonts-hanazono), for the characters Noto CJK lacks.
  const faces = await page.evaluate(async () => {
    const loaded = await document.fonts.load('30px "Zizhu Rare"', '\u{2A6A5}\u{20000}');
    return loaded.map((f) => f.status);
  });
  expect(faces).toContain('loaded');

  await page.locator('.tile[data-item="enroll"]').click();
  await presentCard(page, 'resident-private-use');
  await expect(page.getByTestId('rare-name')).toContainText('业务照常办理');
  await next(page);
  // The card filled 本人信息 entirely, name included, so the wizard opens at the next page: the name passed.
  await expectFormPage(page, 'address');
  await next(page);
  await expect(page.getByTestId('form-errors')).toBeVisible();
  await expect(page.getByTestId('problem-psn_name')).toHaveCount(0);
  await expectFormPage(page, 'address');
});

for (const [lang, button, helpLabel] of [
  ['en', 'English', 'Help'],
  ['zh-TW', '繁體中文', '幫助'],
] as const) {
  test(`${lang} fits too: home, help and 身份认证 in elder mode at 1366×768, and staff can be called`, async ({
    kiosk: page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openHome(page);
    await page.getByRole('button', { name: button }).click();
    await page.getByTestId('elder-toggle').click();
    await expectOnScreen(page, '.tile', `home ${lang}`);
    await expectLayout(page, `home ${lang}`, true);
    await keep(page, `9-${lang}-home`);
    await page.locator('.tile[data-item="filing-work"]').click();
    await expectOnScreen(page, '.identity__prompt', `identity ${lang}`);
    await expectLayout(page, `identity ${lang}`, true);
    await keep(page, `9-${lang}-identity`);
    await page.getByRole('button', { name: helpLabel }).click();
    await expectAccessible(page, `help ${lang}`);
    await expectLayout(page, `help ${lang}`, true);
    await page.getByTestId('call-staff').click();
    await expect(page.getByTestId('staff-called')).toBeVisible();
    await keep(page, `9-${lang}-help-called`);
  });
}
