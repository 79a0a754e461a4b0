import { control } from './kiosk-control';
import { expect, test } from './kiosk-test';
import {
  choose,
  confirmAndSubmit,
  expectProvinceAccepted,
  identify,
  next,
  photograph,
  pickRegion,
  presentCard,
  provinceCaseFor,
  shot,
  startItem,
  typeInto,
  typePinyin,
} from './wizard-helpers';

/**
 * 城乡居民参保登记 end to end: the card is read over the real serial driver, the form is filled on the on-screen
 * keyboard, the page is photographed by the (fake) document camera, the case is committed, the receipt is
 * printed by the simulated ESC/POS printer and the case reaches the embedded province.
 */
test.setTimeout(180_000);

test('enrollment: card → form → photo → confirm → 受理编号, receipt and delivery', async ({
  kiosk: page,
}) => {
  await startItem(page, 'enroll');
  await shot(page, 'enroll', '1-identity');
  await presentCard(page, 'province:unknown-adult');
  await expect(page.getByTestId('identity-banner')).toContainText('张*');
  await shot(page, 'enroll', '2-start');
  await next(page);

  await expect(page.locator('[data-field="psn_name"] output')).toHaveText('张伟');
  await next(page); // everything empty: all problems at once
  await expect(page.getByTestId('form-errors')).toBeVisible();
  await expect(page.getByTestId('problem-tel')).toHaveText('请填写此项');
  await shot(page, 'enroll', '3-form-errors');

  await pickRegion(page, 'hsreg_admdvs', ['广东省', '茂名市', '高州市']);
  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);
  await choose(page, 'psn_idet_type', '无业成年人');
  await choose(page, 'subs_type', '无');
  await typePinyin(page, 'addr', [
    ['gaozhou', '高州'],
    ['renmin', '人民'],
    ['lu', '路'],
  ]);
  await typeInto(page, 'tel', '1380013');
  await next(page);
  await expect(page.getByTestId('problem-tel')).toHaveText('手机号码应为 11 位');
  await typeInto(page, 'tel', '8000');
  await expect(page.locator('[data-field="addr"] input')).toHaveValue('高州人民路');
  await shot(page, 'enroll', '3-form');
  await next(page);

  await expect(page.locator('[data-step="photos"]')).toBeVisible();
  await photograph(page);
  await shot(page, 'enroll', '4-photos');
  await next(page);

  await expect(page.locator('[data-answer="tel"] dd')).toHaveText('13800138000');
  // 修改 goes back to the form and 下一步 returns straight to 确认提交.
  await page.getByTestId('edit-form').click();
  await page.locator('[data-field="tel"] input').click();
  await page.getByTestId('keyboard').locator('.osk-key-clear').click();
  await page.getByTestId('keyboard').locator('.osk-key-done').click();
  await typeInto(page, 'tel', '13900139000');
  await next(page);
  await expect(page.locator('[data-step="confirm"]')).toBeVisible();
  await expect(page.locator('[data-answer="tel"] dd')).toHaveText('13900139000');
  await expect(page.getByTestId('confirm-thumb')).toHaveCount(1);
  await shot(page, 'enroll', '5-confirm');
  const acceptNo = await confirmAndSubmit(page);
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', 'accepted', {
    timeout: 30_000,
  });
  await shot(page, 'enroll', '6-result');

  const { receipts } = await control('sim.receipts', {});
  const receipt = receipts.at(-1);
  expect(receipt?.lines.join('\n')).toContain(acceptNo);
  expect(receipt?.lines.join('\n')).toContain('城乡居民参保登记');
  expect(receipt?.lines.join('\n')).toContain('张*');
  expect(receipt?.qrCodes).toEqual([`ZZ:${acceptNo}`]);
  expect(receipt?.cut).toBe(true);

  await page.getByTestId('finish').click();
  await expect(page.locator('.tile')).toHaveCount(7);
});

test('enrollment by 医保电子凭证: what the QR code does not carry is asked for, and the province accepts it', async ({
  kiosk: page,
}) => {
  await startItem(page, 'enroll');
  await identify(page, 'qr', 'terminated'); // 城乡居民医保 终止参保: may enroll again
  await next(page);
  // EC01 gives name, gender, birth date and number (locked); 民族 and 户口地址 are the resident's to give.
  await expect(page.locator('[data-field="psn_name"] output')).toHaveText('吴丽华');
  await page.locator('[data-field="naty"] select').selectOption({ label: '汉族' });
  await typePinyin(page, 'hsreg_addr', [
    ['huazhou', '化州'],
    ['shi', '市'],
  ]);
  await pickRegion(page, 'hsreg_admdvs', ['广东省', '茂名市', '化州市']);
  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '化州市']);
  await choose(page, 'psn_idet_type', '无业成年人');
  await choose(page, 'subs_type', '无');
  await typePinyin(page, 'addr', [
    ['huazhou', '化州'],
    ['shi', '市'],
  ]);
  await typeInto(page, 'tel', '13800138001');
  await next(page);
  await photograph(page);
  await next(page);
  await confirmAndSubmit(page);
  await expectProvinceAccepted(page);
  await shot(page, 'enroll-qr', '6-result');
  const held = await provinceCaseFor(page);
  expect(held).toMatchObject({ psn_cert_type: '01', naty: '01', psn_idet_type: '14', subs_type: '0' });
  expect(held.att).toEqual([expect.objectContaining({ matl_type: 'ZZ0101' })]);
});
