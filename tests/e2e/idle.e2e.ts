/// <reference lib="dom" />
import { expect, openHome, test } from './kiosk-test';
import { presentCard } from './wizard-helpers';

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

/** Whoever walks up next must not inherit English, a muted voice or elder mode from the one before. */
test.describe('the next resident starts fresh', () => {
  for (const how of ['idle', 'home', 'finished'] as const) {
    test(`after a session ends by ${how}: default language, voice on, standard mode`, async ({ kiosk }) => {
      await kiosk.clock.install();
      await openHome(kiosk);
      await kiosk.getByRole('button', { name: 'English' }).click();
      await kiosk.getByTestId('elder-toggle').click();
      await kiosk.getByTestId('voice-toggle').click();
      await expect(kiosk.locator('html')).toHaveAttribute('lang', 'en');
      await expect(kiosk.locator('html')).toHaveAttribute('data-elder', 'on');
      await expect(kiosk.getByTestId('voice-toggle')).toHaveAttribute('aria-pressed', 'false');
      await kiosk.locator(`.tile[data-item="${how === 'finished' ? 'insured-query' : 'enroll'}"]`).click();
      if (how === 'idle') await kiosk.clock.runFor(121_000);
      if (how === 'home') await kiosk.getByTestId('nav-home').click();
      if (how === 'finished') {
        await presentCard(kiosk, 'province:resident-insured', 'queryResult');
        await kiosk.getByTestId('finish').click();
      }
      await expect(kiosk.locator('.tile')).toHaveCount(7);
      await expect(kiosk.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(kiosk.locator('html')).toHaveAttribute('data-elder', 'off');
      await expect(kiosk.getByTestId('voice-toggle')).toHaveAttribute('aria-pressed', 'true');
      await expect(kiosk.locator('.home__welcome')).toHaveText('您好，请选择要办理的医保业务');
    });
  }
});
