import { expect, openHome, test } from './kiosk-test';
import { enterAdmin, openPinPad, saveAdminScreenshot, typePin } from './admin-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('the hidden gesture opens the PIN pad; a wrong PIN is refused; the right one opens admin mode', async ({
  kiosk: page,
}) => {
  await openHome(page);
  await openPinPad(page);
  await page.locator('[data-role="backOffice"]').click();
  await saveAdminScreenshot(page, '01-pin-pad');
  await typePin(page, '999999');
  await expect(page.getByRole('alert')).toContainText('密码错误，还可尝试 4 次');
  await saveAdminScreenshot(page, '02-pin-wrong');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('.tile').first()).toBeVisible();

  await enterAdmin(page, 'backOffice');
  await page.locator('[data-tab="audit"]').click();
  await expect(page.getByTestId('audit-tab')).toContainText('审计记录完整');
  await expect(page.getByTestId('audit-tab')).toContainText('admin.unlock.wrong-pin');
  await saveAdminScreenshot(page, '03-audit');
  await page.locator('[data-tab="log"]').click();
  await expect(page.getByTestId('log-tab')).toBeVisible();
  await saveAdminScreenshot(page, '04-log');

  await page.getByRole('button', { name: '退出管理模式' }).click();
  await expect(page.locator('.tile').first()).toBeVisible();
});
