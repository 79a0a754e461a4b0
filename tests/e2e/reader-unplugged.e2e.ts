import { control } from './kiosk-control';
import { expect, test } from './kiosk-test';
import { presentCard, shot, startItem } from './wizard-helpers';

test.afterEach(async () => {
  await control('sim.idcardReader', { plugged: true });
});

/** Devices fail; the kiosk recovers without a restart. */
test('the reader is unplugged during 身份认证: the resident is told, and it works again once plugged back', async ({
  kiosk: page,
}) => {
  test.setTimeout(90_000);
  await startItem(page, 'enroll');
  await control('sim.idcardReader', { plugged: false });
  await expect(page.getByTestId('identity-problem')).toContainText('读卡器没有连接', { timeout: 20_000 });
  await shot(page, 'identity', 'reader-missing');
  await control('sim.idcardReader', { plugged: true });
  await expect(page.getByTestId('identity-problem')).toHaveCount(0, { timeout: 20_000 });
  await presentCard(page, 'province:unknown-adult');
  await expect(page.getByTestId('identity-banner')).toContainText('张*');
});
