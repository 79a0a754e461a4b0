/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SERVICE_ITEM_IDS } from '../../flows/catalog';
import { control } from './kiosk-control';
import { expect, openHome, test } from './kiosk-test';
import { expectAccessible, expectLayout, expectOnScreen, VIEWPORTS, type Viewport } from './layout-checks';
import {
  confirmAndSubmit,
  expectFormPage,
  next,
  passEnrollStatusAndBank,
  photograph,
  pickRegion,
  presentCard,
  typeInto,
  typePinyin,
} from './wizard-helpers';

/**
 * Every screen at 1920×1080, 1080×1920 and 1366×768, in standard and elder mode: axe (0 serious/critical),
 * touch targets, text sizes, nothing under the bottom bar, and what must be seen without scrolling. Elder
 * mode at 1366×768 — the hardest case — also leaves a screenshot of every step in artifacts/screens/.
 */
test.setTimeout(240_000);

const ELDER_1366_DIR = join(process.cwd(), 'artifacts', 'screens', 'elder-1366');

for (const vp of VIEWPORTS) {
  for (const elder of [false, true]) {
    const where = (screen: string) => `${screen} ${vp.name} ${elder ? 'elder' : 'normal'}`;
    test(`every screen fits and is accessible at ${vp.width}×${vp.height}, ${elder ? 'elder' : 'standard'} mode`, async ({
      kiosk: page,
    }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      const check = async (screen: string) => {
        await expectAccessible(page, where(screen));
        await expectLayout(page, where(screen), elder);
        await keep(page, vp, elder, screen);
      };
      // Every session end gives the next resident the standard mode again: elder mode is chosen anew.
      const chooseMode = async () => {
        if (elder) await page.getByTestId('elder-toggle').click();
        await expect(page.locator('html')).toHaveAttribute('data-elder', elder ? 'on' : 'off');
      };
      await openHome(page);
      await chooseMode();
      await expectOnScreen(page, '.tile', where('home'));
      await expect(page.locator('.tile')).toHaveCount(SERVICE_ITEM_IDS.length);
      await check('0-home');

      await page.getByRole('button', { name: '帮助' }).click();
      await expect(page.getByTestId('help')).toBeVisible();
      await check('0-help');
      await page.getByTestId('help-close').click();

      // 身份认证: the prompt, then the card's problem, each on screen; never "reading" beside the problem.
      await page.locator('.tile[data-item="filing-work"]').click();
      await expectOnScreen(page, '.identity__prompt', where('identity'));
      await expectOnScreen(page, '[data-picture="kiosk"]', where('identity'));
      await check('1-identity');
      await control('sim.presentCard', { cardId: 'resident-expired' });
      await expectOnScreen(page, '[data-testid="identity-problem"]', where('identity error'));
      await expect(page.locator('.identity')).not.toContainText('正在读取');
      await control('sim.removeCard', {});
      await check('1-identity-error');

      await page.getByRole('button', { name: '帮助' }).click();
      await expect(page.locator('[data-topic="identity"] [data-picture="card"]')).toBeVisible();
      await check('1-identity-help');
      await page.getByTestId('help-close').click();

      // 开始办理 with the 告知书: 下一步 without the tick brings the box into view and focus.
      await presentCard(page, 'province:employee-insured');
      await check('2-start');
      await next(page);
      await expect(page.getByTestId('agree')).toBeFocused();
      await expectOnScreen(page, '[data-testid="agree"]', where('start unticked'));
      await check('2-start-unticked');
      await page.getByTestId('agree').check();
      await next(page);

      // 填写: 下一步 on an empty form brings the error summary into view and focus.
      await expect(page.locator('[data-step="form"]')).toBeVisible();
      await check('3-form');
      await next(page);
      await expect(page.getByTestId('form-errors')).toBeFocused();
      await expectOnScreen(page, '[data-testid="form-errors"]', where('form errors'));
      await check('3-form-errors');
      await page.getByTestId('nav-home').click();
      await chooseMode();

      // 查询: the status and the print status on screen, no 上一步 on a result.
      await page.locator('.tile[data-item="insured-query"]').click();
      await presentCard(page, 'province:resident-insured', 'queryResult');
      await expect(page.getByTestId('nav-back')).toHaveCount(0);
      await expectOnScreen(page, '[data-testid="query-table"]', where('query result'));
      await page.getByTestId('print').click();
      await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed');
      await expectOnScreen(page, '[data-testid="print-status"]', where('query result'));
      await check('4-query-result');
      await page.getByTestId('finish').click();
      await chooseMode();

      await page.locator('.tile[data-item="insured-query"]').click();
      await presentCard(page, 'resident', 'queryResult');
      await expect(page.getByTestId('query-not-found')).toBeVisible();
      await expectOnScreen(page, '[data-testid="go-enroll"]', where('query not found'));
      await check('4-query-not-found');
    });
  }
}

/** The screens only a whole case reaches (拍照, 确认提交, 结果), in elder mode on the smallest screen. */
test('a whole enrollment in elder mode at 1366×768: photos, confirm and the 受理编号 on screen', async ({
  kiosk: page,
}) => {
  const vp = VIEWPORTS.find((v) => v.name === '1366') as Viewport;
  await page.setViewportSize({ width: vp.width, height: vp.height });
  const check = async (screen: string) => {
    await expectAccessible(page, `${screen} 1366 elder`);
    await expectLayout(page, `${screen} 1366 elder`, true);
    await keep(page, vp, true, screen);
  };
  await openHome(page);
  await page.getByTestId('elder-toggle').click();
  await page.locator('.tile[data-item="enroll"]').click();
  await presentCard(page, 'province:unknown-adult');
  await check('5-enroll-start');
  await next(page);
  await expectFormPage(page, 'address');
  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);
  await typePinyin(page, 'addr', [
    ['gaozhou', '高州'],
    ['renmin', '人民'],
    ['lu', '路'],
  ]);
  await typeInto(page, 'tel', '13800138000');
  await next(page);
  await passEnrollStatusAndBank(page);
  await expect(page.locator('[data-step="photos"]')).toBeVisible();
  await check('6-photos');
  await photograph(page);
  await check('6-photos-taken');
  await next(page);
  await expect(page.locator('[data-step="confirm"]')).toBeVisible();
  await page.getByTestId('submit').click(); // not ticked: the box comes into view, focused
  await expect(page.getByTestId('confirm-tick')).toBeFocused();
  await expectOnScreen(page, '[data-testid="confirm-tick"]', 'confirm unticked');
  await check('7-confirm-unticked');
  await confirmAndSubmit(page);
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('nav-back')).toHaveCount(0);
  await expectOnScreen(page, '[data-testid="accept-no"]', 'result');
  await expectOnScreen(page, '[data-testid="print-status"]', 'result');
  await check('8-result');
});

async function keep(page: Page, vp: Viewport, elder: boolean, screen: string): Promise<void> {
  if (!elder || vp.name !== '1366') return;
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
    await keep(page, VIEWPORTS[2] as Viewport, true, `9-${lang}-home`);
    await page.locator('.tile[data-item="filing-work"]').click();
    await expectOnScreen(page, '.identity__prompt', `identity ${lang}`);
    await expectLayout(page, `identity ${lang}`, true);
    await keep(page, VIEWPORTS[2] as Viewport, true, `9-${lang}-identity`);
    await page.getByRole('button', { name: helpLabel }).click();
    await expectAccessible(page, `help ${lang}`);
    await expectLayout(page, `help ${lang}`, true);
    await page.getByTestId('call-staff').click();
    await expect(page.getByTestId('staff-called')).toBeVisible();
    await keep(page, VIEWPORTS[2] as Viewport, true, `9-${lang}-help-called`);
  });
}
