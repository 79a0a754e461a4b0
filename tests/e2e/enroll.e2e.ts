import { control } from './kiosk-control';
import { expect, test } from './kiosk-test';
import {
  choose,
  confirmAndSubmit,
  copyInto,
  expectFormPage,
  expectProvinceAccepted,
  identify,
  next,
  photograph,
  pickRegion,
  presentCard,
  provinceCaseFor,
  regionOf,
  tap,
  shot,
  startItem,
  typeInto,
  typePinyin,
  back,
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

  // 本人信息 was all read from the card: the form opens on 地址和电话, the 户口所在地 already chosen from the
  // ID number (440981 高州市, as the card's address says) and the 参保区划 the kiosk's own county.
  await expectFormPage(page, 'address');
  expect(await regionOf(page, 'hsreg_admdvs')).toBe('440981');
  expect(await regionOf(page, 'insu_admdvs')).toBe('440106');
  await next(page); // what is left empty on this page: all its problems at once
  await expect(page.getByTestId('form-errors')).toBeVisible();
  await expect(page.getByTestId('problem-tel')).toHaveText('请填写此项');
  await shot(page, 'enroll', '3-form-errors');

  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);
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
  await expectFormPage(page, 'status');
  await choose(page, 'psn_idet_type', '无业成年人');
  await choose(page, 'subs_type', '无');
  await next(page);
  await expectFormPage(page, 'bank'); // optional: 下一步 passes it
  await next(page);

  await expect(page.locator('[data-step="photos"]')).toBeVisible();
  await photograph(page);
  await shot(page, 'enroll', '4-photos');
  await next(page);

  await expect(page.locator('[data-answer="tel"] dd.answers__value')).toHaveText('13800138000');
  // 修改 of 联系电话 opens the page that holds it (地址和电话, not the first page) with its keyboard open, and
  // 下一步 returns straight to 确认提交, every other answer kept.
  await tap(page, page.getByTestId('edit-field-tel'));
  await expectFormPage(page, 'address');
  await expect(page.locator('[data-field="tel"] input')).toBeFocused();
  await expect(page.getByTestId('keyboard')).toBeVisible();
  await tap(page, page.getByTestId('keyboard').locator('.osk-key-clear'));
  await tap(page, page.getByTestId('keyboard').locator('.osk-key-done'));
  await typeInto(page, 'tel', '13900139000');
  await next(page);
  await expect(page.locator('[data-step="confirm"]')).toBeVisible();
  await expect(page.locator('[data-answer="tel"] dd.answers__value')).toHaveText('13900139000');
  await expect(page.locator('[data-answer="subs_type"] dd.answers__value')).toHaveText('无');
  await expect(page.getByTestId('confirm-thumb')).toHaveCount(1);
  // The thumbnail is drawn on its canvas (renderer/camera/PhotoThumbnail.tsx): the 320-px-wide JPEG decoded.
  await expect(page.getByTestId('confirm-thumb')).toHaveJSProperty('width', 320);
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

  await tap(page, page.getByTestId('finish'));
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
  await expectFormPage(page, 'who');
  await choose(page, 'naty', '汉族');
  await next(page);
  await expectFormPage(page, 'address');
  // No address on a QR code: the ID number alone says 化州市, and the resident may keep it.
  expect(await regionOf(page, 'hsreg_admdvs')).toBe('440982');
  await typePinyin(page, 'hsreg_addr', [
    ['huazhou', '化州'],
    ['shi', '市'],
  ]);
  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '化州市']);
  await copyInto(page, 'addr'); // 与户口地址相同
  await expect(page.locator('[data-field="addr"] input')).toHaveValue('化州市');
  await typeInto(page, 'tel', '13800138001');
  await next(page);
  await choose(page, 'psn_idet_type', '无业成年人');
  await choose(page, 'subs_type', '无');
  await next(page);
  // 上一步 and forward again: every answer kept.
  await back(page);
  await expectFormPage(page, 'status');
  await expect(page.locator('[data-field="subs_type"] [aria-checked="true"]')).toHaveText('无');
  await back(page);
  await expect(page.locator('[data-field="addr"] input')).toHaveValue('化州市');
  await next(page);
  await next(page);
  await next(page);
  await photograph(page);
  await next(page);
  await confirmAndSubmit(page);
  await expectProvinceAccepted(page);
  await shot(page, 'enroll-qr', '6-result');
  const held = await provinceCaseFor(page);
  expect(held).toMatchObject({
    psn_cert_type: '01',
    naty: '01',
    psn_idet_type: '14',
    subs_type: '0',
    hsreg_admdvs: '440982',
    insu_admdvs: '440982',
    addr: '化州市',
  });
  expect(held.att).toEqual([expect.objectContaining({ matl_type: 'ZZ0101' })]);
});
