import { expect, test } from './kiosk-test';
import {
  choose,
  next,
  pickDate,
  pickRegion,
  presentCard,
  shot,
  startItem,
  today,
  typeInto,
  typePinyin,
} from './wizard-helpers';

/** Runs with Chromium's fake camera fed a blurred page (project 'blurred-camera' in playwright.config.ts). */
test('a blurred photo is refused with advice, and the step cannot be passed without a page', async ({
  kiosk: page,
}) => {
  test.setTimeout(180_000);
  await startItem(page, 'filing-long-term');
  await presentCard(page, 'province:resident-insured');
  await page.getByTestId('agree').check();
  await next(page);
  await typeInto(page, 'tel', '13912345678');
  await choose(page, 'insutype', '城乡居民医保');
  await typePinyin(page, 'insu_addr', [['changsha', '长沙']]);
  await typePinyin(page, 'mdtrt_addr', [['changsha', '长沙']]);
  await pickRegion(page, 'mdtrtarea_admdvs', ['湖南省', '长沙市', '岳麓区']);
  await pickDate(page, 'begndate', today());
  await next(page);

  await expect(page.getByTestId('shoot')).toBeEnabled({ timeout: 15_000 });
  await page.getByTestId('shoot').click();
  await expect(page.getByTestId('photo-problem')).toContainText('照片不清楚', { timeout: 20_000 });
  await expect(page.getByTestId('page-thumb')).toHaveCount(0);
  await shot(page, 'camera', 'blurred-refused');
  await next(page);
  await expect(page.getByTestId('proof-error')).toBeVisible();
  await expect(page.locator('[data-step="photos"]')).toBeVisible();
});
