/// <reference lib="dom" />
import { expect, openHome, test } from './kiosk-test';

/** The page clock is driven by the test, so two minutes of idling take milliseconds and never flake. */
test.describe('idle countdown', () => {
  test.beforeEach(async ({ kiosk }) => {
    await kiosk.clock.install();
    await openHome(kiosk);
    await kiosk.locator('.tile[data-item="enroll"]').click();
  });

  test('is visible on every non-home screen and returns home when it runs out', async ({ kiosk }) => {
    await expect(kiosk.getByTestId('idle-countdown')).toHaveText('120 秒后自动返回首页');
    await kiosk.clock.runFor(60_000);
    await expect(kiosk.getByTestId('idle-countdown')).toHaveText('60 秒后自动返回首页');
    await kiosk.clock.runFor(31_000);
    await expect(kiosk.getByRole('alertdialog')).toContainText('您还在办理吗？');
    await kiosk.clock.runFor(30_000);
    await expect(kiosk.locator('.tile')).toHaveCount(7);
    await expect(kiosk.getByTestId('idle-countdown')).toHaveCount(0);
  });

  test('can be extended by the resident, and any touch restarts it', async ({ kiosk }) => {
    await kiosk.clock.runFor(95_000);
    await kiosk.getByRole('button', { name: '继续办理' }).click();
    await expect(kiosk.getByTestId('idle-countdown')).toHaveText('120 秒后自动返回首页');
    await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
    await kiosk.clock.runFor(80_000);
    await expect(kiosk.getByTestId('idle-countdown')).toHaveText('40 秒后自动返回首页');
    await kiosk.locator('.session__body').click();
    await expect(kiosk.getByTestId('idle-countdown')).toHaveText('120 秒后自动返回首页');
  });

  test('返回首页 ends the session at once', async ({ kiosk }) => {
    await kiosk.getByTestId('nav-home').click();
    await expect(kiosk.locator('.tile')).toHaveCount(7);
  });
});
