import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { control } from './kiosk-control';
import { expect, openHome, test } from './kiosk-test';
import { enterAdmin, openPinPad, saveAdminScreenshot, tapPinyin, tapText, typePin } from './admin-helpers';
import {
  confirmAndSubmit,
  identify,
  next,
  photograph,
  pickDate,
  pickRegion,
  startItem,
  today,
  typeInto,
  typePinyin,
} from './wizard-helpers';

test.setTimeout(240_000);
test.use({ viewport: { width: 1366, height: 768 } });

/** A resident files an emergency 备案 by ID card with one photo; returns the 受理编号 the screen showed. */
async function fileEmergency(page: Page): Promise<string> {
  await startItem(page, 'filing-emergency');
  await identify(page, 'card', 'resident-insured');
  await next(page);
  await page.getByTestId('agree').check();
  await next(page);
  await typeInto(page, 'tel', '13912345678');
  await typePinyin(page, 'insu_addr', [
    ['gaozhou', '高州'],
    ['shi', '市'],
  ]);
  await pickRegion(page, 'mdtrtarea_admdvs', ['湖南省', '长沙市', '岳麓区']);
  await typePinyin(page, 'mdtrt_addr', [
    ['changsha', '长沙'],
    ['shi', '市'],
  ]);
  await pickDate(page, 'begndate', today());
  await pickDate(page, 'enddate', new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await next(page);
  await photograph(page);
  await next(page);
  await confirmAndSubmit(page);
  const caseNo = ((await page.getByTestId('accept-no').textContent()) ?? '').trim();
  expect(caseNo).not.toBe('');
  return caseNo;
}

test('back office: hidden gesture → PIN → the cases of a day → which the province lacks → resend → export', async ({
  kiosk: page,
}) => {
  // Two residents file today; the province sends the first one back (a reviewer's 退回).
  await control('sim.province', { outage: false, reviewDelaySeconds: 1, refuseNextSubmissions: 1 });
  await openHome(page);
  const refused = await fileEmergency(page);
  await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', 'needs-attention', {
    timeout: 30_000,
  });
  await page.getByTestId('nav-home').click();
  const accepted = await fileEmergency(page);
  await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', /^(accepted|approved)$/, {
    timeout: 30_000,
  });
  await page.getByTestId('nav-home').click();

  // A resident on the home screen asks for staff (帮助 → 呼叫工作人员).
  await page.getByRole('button', { name: '帮助' }).click();
  await page.getByTestId('call-staff').click();
  await expect(page.getByTestId('staff-called')).toBeVisible();
  await page.getByTestId('help-close').click();

  // The hidden gesture, a wrong PIN, then the clerk's own.
  await openPinPad(page);
  await page.locator('[data-role="backOffice"]').click();
  await saveAdminScreenshot(page, '01-pin-pad');
  await typePin(page, '999999');
  await expect(page.getByRole('alert')).toContainText('密码错误，还可尝试 4 次');
  await saveAdminScreenshot(page, '02-pin-wrong');
  await page.getByRole('button', { name: '取消' }).click();
  await enterAdmin(page, 'backOffice');

  // 同步状态.
  await expect(page.getByTestId('health-tab')).toBeVisible();
  await expect(page.getByTestId('health-tab')).toContainText('被省平台退回');
  await saveAdminScreenshot(page, '03-sync-health');

  // 业务台账: today's cases, the refused one with the province's reason and its deliveries.
  await page.locator('[data-tab="ledger"]').click();
  const ledger = page.getByTestId('ledger-tab');
  await expect(ledger.locator(`[data-case="${refused}"]`)).toContainText('需人工处理');
  await expect(ledger.locator(`[data-case="${refused}"]`)).toContainText('材料照片不清晰');
  await expect(ledger.locator(`[data-case="${accepted}"]`)).toBeVisible();
  await expect(ledger).not.toContainText('440981195803150427');
  await ledger.locator(`[data-case="${refused}"]`).getByRole('button', { name: '详情' }).click();
  await expect(ledger).toContainText('被拒');
  // Every attempt of the case, with its outcome (the province's refusal left it for staff).
  await expect(ledger.getByTestId('attempt-log')).toContainText('转人工处理');
  await saveAdminScreenshot(page, '04-ledger');
  await ledger.getByTestId('attempt-log').scrollIntoViewIfNeeded();
  await saveAdminScreenshot(page, '04b-case-detail');

  // 对账: ZZ04 for today; the province lacks the refused case; resend it with a note.
  await page.locator('[data-tab="reconcile"]').click();
  const rec = page.getByTestId('reconcile-tab');
  await rec.getByTestId('reconcile-run').click();
  const missing = rec.locator(`[data-line="missing-at-province"][data-case="${refused}"]`);
  await expect(missing).toBeVisible();
  await expect(rec.locator(`[data-line="status-differs"], [data-line="matched"]`)).toHaveCount(0);
  await rec.locator('[data-kind="matched"]').click();
  await expect(rec.locator(`[data-line="matched"][data-case="${accepted}"]`)).toBeVisible();
  await rec.locator('[data-kind="problems"]').click();
  await saveAdminScreenshot(page, '05-reconcile');
  await missing.getByTestId('reconcile-resend').click();
  // The note on the on-screen pinyin keyboard, as on the kiosk (taps only).
  await page.getByTestId('admin-note').click();
  await expect(page.getByTestId('admin-keyboard')).toBeVisible();
  await saveAdminScreenshot(page, '06-resend-note');
  await tapPinyin(page, page.getByTestId('admin-note'), [
    ['chongxin', '重新'],
    ['paizhao', '拍照'],
  ]);
  await expect(page.getByTestId('admin-note')).toHaveValue('重新拍照');
  await page.getByTestId('admin-note-ok').click();
  // Resent and delivered: the next reconciliation matches it.
  await expect(async () => {
    await rec.getByTestId('reconcile-run').click();
    await expect(rec.locator(`[data-line="missing-at-province"]`)).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  // Export the ledger and the reconciliation to a "USB drive".
  const usb = mkdtempSync(join(tmpdir(), 'zz-usb-'));
  await tapText(page, rec.getByTestId('export-folder'), usb);
  await rec.getByTestId('export-button').click();
  await expect(rec.getByRole('status')).toContainText('已导出');
  await saveAdminScreenshot(page, '07-exported');
  const files = readdirSync(usb).sort();
  expect(files).toHaveLength(2);
  const ledgerCsv = readFileSync(join(usb, files[0] as string));
  expect([...ledgerCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(ledgerCsv.toString('utf8')).toContain(refused);

  // 呼叫工作人员: the resident's call from the home screen, waiting; 我已到场 answers it (audited below).
  await page.locator('[data-tab="staffCalls"]').click();
  const calls = page.getByTestId('staff-calls-tab');
  const call = calls.getByTestId('staff-call').first();
  await expect(call).toContainText('首页');
  await expect(call).toHaveAttribute('data-answered', 'false');
  await saveAdminScreenshot(page, '07b-staff-calls');
  await call.getByTestId('staff-call-acknowledge').click();
  await expect(call).toHaveAttribute('data-answered', 'true');
  await expect(call).toContainText('已于');

  // 操作审计: the resend, the export and the acknowledged call are there, the chain intact.
  await page.locator('[data-tab="audit"]').click();
  const audit = page.getByTestId('audit-tab');
  await expect(audit).toContainText('审计记录完整');
  await expect(audit).toContainText('office.resend');
  await expect(audit).toContainText('office.export');
  await expect(audit).toContainText('office.staffCalls.acknowledge');
  await saveAdminScreenshot(page, '08-audit');
  await page.locator('[data-tab="log"]').click();
  await expect(page.getByTestId('log-tab')).toBeVisible();
  await saveAdminScreenshot(page, '09-log');

  await page.getByRole('button', { name: '退出管理模式' }).click();
  await expect(page.locator('.tile').first()).toBeVisible();
});

test('the gesture needs five taps within 3 s; 退出管理模式 ends the admin session', async ({
  kiosk: page,
}) => {
  await openHome(page);
  const corner = page.getByTestId('admin-corner');
  for (let i = 0; i < 4; i++) await corner.click({ position: { x: 20, y: 20 } });
  await expect(page.getByRole('dialog', { name: '请输入管理密码' })).toHaveCount(0);
  await corner.click({ position: { x: 20, y: 20 } });
  await expect(page.getByRole('dialog', { name: '请输入管理密码' })).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await enterAdmin(page, 'technician');
  await expect(page.locator('[data-tab="ledger"]')).toHaveCount(0);
  await page.getByRole('button', { name: '退出管理模式' }).click();
  await expect(page.locator('.tile').first()).toBeVisible();
});

test('admin mode ends by itself after its idle timeout (admin.idleSeconds, 300 s by default)', async ({
  kiosk: page,
}) => {
  await page.clock.install();
  await openHome(page);
  await enterAdmin(page, 'backOffice');
  // Every admin call restarts the clock too: let the tab's first call land before time runs.
  await expect(page.getByTestId('health-queued')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('300 秒无操作将自动退出');
  await page.clock.runFor(200_000);
  await page.locator('[data-tab="audit"]').click(); // a touch restarts the clock
  await expect(page.getByTestId('audit-tab')).toContainText('审计记录完整');
  await page.clock.runFor(200_000);
  await expect(page.getByTestId('admin-shell')).toBeVisible();
  await page.clock.runFor(101_000);
  await expect(page.locator('.tile').first()).toBeVisible();
  await expect(page.getByTestId('admin-shell')).toHaveCount(0);
});
