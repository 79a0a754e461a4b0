import { control } from './kiosk-control';
import { expect, test } from './kiosk-test';
import {
  choose,
  confirmAndSubmit,
  next,
  photograph,
  pickRegion,
  presentCard,
  startItem,
  typeInto,
  typePinyin,
} from './wizard-helpers';

test.setTimeout(180_000);

test.afterEach(async () => {
  await control('sim.province', { outage: false });
});

/** The village network's promise: a case accepted while the province is down arrives once it is back. */
test('submitted while the province is down, the case is kept and delivered when it comes back', async ({
  kiosk: page,
}) => {
  await control('sim.province', { outage: true, retryAfterSeconds: 1 });
  await startItem(page, 'enroll');
  await presentCard(page, 'province:unknown-child', 'start');
  await next(page);
  await pickRegion(page, 'hsreg_admdvs', ['广东省', '茂名市', '茂南区']);
  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '茂南区']);
  await typePinyin(page, 'addr', [['maoming', '茂名']]);
  await typeInto(page, 'tel', '13700001111');
  await next(page);
  await choose(page, 'psn_idet_type', '中小学生');
  await choose(page, 'subs_type', '无');
  await next(page);
  await next(page); // 银行信息 is optional
  await photograph(page);
  await next(page);
  await confirmAndSubmit(page);

  const delivery = page.getByTestId('delivery-status');
  await expect(delivery).toHaveAttribute('data-status', 'queued');
  await expect(delivery).toContainText('已保存，会自动发送到医保局');
  await page.waitForTimeout(3_000);
  await expect(delivery).toHaveAttribute('data-status', /queued|uploading/);

  await control('sim.province', { outage: false });
  await expect(delivery).toHaveAttribute('data-status', 'accepted', { timeout: 60_000 });
  await expect(delivery).toContainText('医保局已受理');
});
