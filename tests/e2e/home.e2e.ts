/// <reference lib="dom" />
import enItems from '../../renderer/i18n/locales/en/items';
import zhCNCommon from '../../renderer/i18n/locales/zh-CN/common';
import zhCNItems from '../../renderer/i18n/locales/zh-CN/items';
import zhTWItems from '../../renderer/i18n/locales/zh-TW/items';
import { SERVICE_ITEM_IDS } from '../../flows/catalog';
import { expect, openHome, saveScreenshot, test } from './kiosk-test';

/** The labels SPEC.md gives, word for word; the locale file must not drift from them. */
const SPEC_TILES = [
  '我要申请参加城乡居民医保',
  '我要查我的医保参保信息',
  '异地就医备案-我是在参保地以外定居而且迁了户籍的退休人员',
  '异地就医备案-我是在参保地以外长期居住但未迁户籍的人员',
  '异地就医备案-我是单位派驻到参保地以外长期工作的人员',
  '异地就医备案-我是已经具有转诊资质的医疗机构批准要到参保地以外地方继续就医的人员',
  '异地就医备案-我要在参保地以外地方看急诊的人员',
];

test('the home screen shows the seven items with the labels of the spec, in zh-CN', async ({ kiosk }) => {
  await openHome(kiosk);
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(kiosk.locator('.tile')).toHaveText(SPEC_TILES);
  // The e2e server runs in demo mode: the screen must say so, and offer the simulator panel.
  await expect(kiosk.getByTestId('demo-banner')).toHaveText(zhCNCommon.demo.banner);
  await expect(kiosk.getByTestId('sim-panel')).toBeVisible();
  await saveScreenshot(kiosk, 'home-zh-CN');
});

for (const [lang, button, items] of [
  ['zh-TW', '繁體中文', zhTWItems],
  ['en', 'English', enItems],
] as const) {
  test(`the language switch shows the home screen in ${lang}`, async ({ kiosk }) => {
    await openHome(kiosk);
    await kiosk.getByRole('button', { name: button }).click();
    await expect(kiosk.locator('html')).toHaveAttribute('lang', lang);
    await expect(kiosk.locator('.tile')).toHaveText(SERVICE_ITEM_IDS.map((id) => items[id].tile));
    await expect(kiosk.locator('.tile').first()).not.toHaveText(zhCNItems.enroll.tile);
    await saveScreenshot(kiosk, `home-${lang}`);
  });
}

test('elder mode enlarges the text and the buttons', async ({ kiosk }) => {
  await openHome(kiosk);
  const tile = kiosk.locator('.tile__main').first();
  const before = await tile.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const heightBefore = (await kiosk.locator('.tile').first().boundingBox())?.height ?? 0;
  await kiosk.getByTestId('elder-toggle').click();
  await expect(kiosk.locator('html')).toHaveAttribute('data-elder', 'on');
  const after = await tile.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after / before).toBeGreaterThanOrEqual(1.3);
  expect(after).toBeGreaterThanOrEqual(30); // 适老化: main text ≥ 30 pt-equivalent in elder mode
  expect((await kiosk.locator('.tile').first().boundingBox())?.height ?? 0).toBeGreaterThan(heightBefore);
  await saveScreenshot(kiosk, 'home-elder');
});

test('help explains the kiosk and shows the service hall phone', async ({ kiosk }) => {
  await openHome(kiosk);
  await kiosk.getByRole('button', { name: '帮助' }).click();
  await expect(kiosk.getByRole('dialog')).toContainText('020-12345678');
  await kiosk.getByRole('button', { name: '我知道了' }).click();
  await expect(kiosk.getByRole('dialog')).toHaveCount(0);
});
