import {
  startIdCardSimulator,
  type RunningIdCardSimulator,
} from '../../devices/idcard/start-id-card-simulator';
import { DEV_ADMIN_PIN } from '../../kiosk/demo/dev-admin-pins';
import { connectAsPage } from '../support/page-client';
import { enterAdmin, saveAdminScreenshot, tapText } from './admin-helpers';
import { control, kioskUrl } from './kiosk-control';
import { expect, openHome, test } from './kiosk-test';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * The technician's journey in the browser host (the kiosk core in its own process): the hidden gesture and the
 * technician PIN, device status, a device change refused and one saved and applied with no restart (the
 * ID-card reader moved from the demo simulator to a reader on a socat pty this test plugs in), the self-tests,
 * the kiosk settings and the 9001 connectivity test.
 */
let plugged: RunningIdCardSimulator | null = null;

test.afterEach(async () => {
  // The e2e kiosk is shared by every journey: whatever happened here, its reader goes back to the simulator.
  const page = await connectAsPage(kioskUrl());
  const unlocked = await page.call('adminGate.unlock', { role: 'technician', pin: DEV_ADMIN_PIN });
  if (unlocked.ok && unlocked.value.ok) {
    const adminToken = unlocked.value.adminToken;
    await page.call('tech.saveDevice', {
      adminToken,
      change: { device: 'idcard', port: 'simulator', baudRate: 115200, pollMs: 100 },
    });
    await page.call('admin.lock', { adminToken });
  }
  page.close();
  await plugged?.close();
  plugged = null;
});

test('a technician checks the devices, moves the reader to a new port live, runs the self-tests and tests the province', async ({
  kiosk: page,
}) => {
  test.setTimeout(240_000);
  await openHome(page);
  await enterAdmin(page, 'technician');
  await expect(page.getByTestId('devices-tab')).toBeVisible();
  const reader = page.getByTestId('device-idcard');
  await expect(reader.getByTestId('device-driver-idcard')).toHaveText('模拟器（演示）');
  await expect(page.getByTestId('device-printer')).toBeVisible();
  await saveAdminScreenshot(page, '10-technician-devices');

  // A port that does not exist is refused with the reason, and nothing changes. Every text in this journey is
  // typed on the on-screen keyboard, tap by tap, as on the kiosk's touch screen.
  await reader.getByTestId('device-edit').click();
  await reader.locator('input[name="port"]').click();
  await expect(page.getByTestId('admin-keyboard')).toBeVisible();
  await saveAdminScreenshot(page, '10b-technician-keyboard');
  await tapText(page, reader.locator('input[name="port"]'), '/dev/ttyUSB-not-here');
  await reader.getByTestId('device-save').click();
  await expect(reader.getByRole('alert')).toContainText('读卡器端口：该端口不存在');
  await expect(reader.getByTestId('device-driver-idcard')).toHaveText('模拟器（演示）');
  await saveAdminScreenshot(page, '11-technician-device-refused');

  // A reader plugged in on a new port (a socat pty with the reader simulator behind it): saved and used at once.
  plugged = await startIdCardSimulator();
  await tapText(page, reader.locator('input[name="port"]'), plugged.hostPath ?? '');
  await reader.getByTestId('device-save').click();
  await expect(reader.getByRole('alert')).toContainText('已保存并已生效，无需重启');
  await expect(reader.getByTestId('device-driver-idcard')).toHaveText('串口');
  await expect(reader).toContainText(plugged.hostPath ?? '');
  await saveAdminScreenshot(page, '12-technician-device-saved');

  // Self-test of the new reader: the card put on it is read and shown masked.
  const sim = plugged;
  await reader.getByTestId('selftest-idcard').getByRole('button').click();
  await expect(reader.getByText('请把一张身份证放到读卡器上')).toBeVisible();
  sim.simulator.present('resident');
  await expect(reader.getByTestId('selftest-idcard').getByRole('status')).toContainText(
    /读卡成功：4401\*{10}\d{3}[\dX]\s+陈\*欣/,
  );
  await saveAdminScreenshot(page, '13-technician-selftest-card');

  // With the reader unplugged, the self-test says so.
  sim.simulator.remove();
  await sim.unplug();
  await reader.getByTestId('selftest-idcard').getByRole('button').click();
  await expect(reader.getByTestId('selftest-idcard').getByRole('status')).toContainText('读卡器未连接');

  // Printer: a test page and the status read back (DLE EOT).
  const printer = page.getByTestId('device-printer');
  await printer.getByTestId('selftest-printer').getByRole('button').click();
  await expect(printer.getByRole('status')).toContainText('自检页已打印。打印机状态：在线');
  const { receipts } = await control('sim.receipts', {});
  expect(receipts.at(-1)?.lines.join('\n')).toContain('Printer test page');
  await control('sim.printer', { paperOut: true });
  await printer.getByTestId('selftest-printer').getByRole('button').click();
  await expect(printer.getByRole('status')).toContainText('打印机缺纸');
  await control('sim.printer', { paperOut: false });
  await saveAdminScreenshot(page, '14-technician-selftest-printer');

  // Scanner: the decoded text of a scanned code.
  const scanner = page.getByTestId('device-scanner');
  const { qrPeople } = await control('sim.fixtures', {});
  await scanner.getByTestId('selftest-scanner').getByRole('button').click();
  await expect(scanner.getByText('请用扫码器扫任一二维码')).toBeVisible();
  // The prompt shows as the call leaves the page; a code scanned before the Node side listens is not this
  // test's scan, so the person scans again until it is read (as one would at the kiosk).
  await expect(async () => {
    await control('sim.scanQr', { personId: qrPeople[0]?.id ?? '' });
    await expect(scanner.getByRole('status')).toContainText('扫码成功：', { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await saveAdminScreenshot(page, '15-technician-selftest-scanner');

  // Camera: a frame from the live camera with its quality figures.
  const camera = page.getByTestId('device-camera');
  await camera.scrollIntoViewIfNeeded();
  await camera.getByTestId('selftest-camera').getByRole('button', { name: '开始自检' }).click();
  await expect(camera.getByTestId('camera-figures')).toContainText('清晰度');
  await saveAdminScreenshot(page, '16-technician-selftest-camera');

  // A camera label that matches no camera is refused.
  await camera.getByTestId('device-edit').click();
  await tapText(page, camera.locator('input[name="label"]'), 'No Such Gaopaiyi');
  await camera.getByTestId('device-save').click();
  await expect(camera.getByRole('alert')).toContainText('没有名称包含此文字的摄像头');

  // Kiosk identity, endpoint, secrets and the connectivity test.
  await page.locator('[data-tab="kiosk"]').click();
  const kioskTab = page.getByTestId('kiosk-tab');
  await expect(kioskTab).toBeVisible();
  await saveAdminScreenshot(page, '17-technician-kiosk');
  const county = kioskTab.locator('input[name="terminal.countyCode"]');
  const countyBefore = await county.inputValue();
  await tapText(page, county, '44');
  await kioskTab.getByTestId('identity-save').click();
  await expect(kioskTab.getByRole('alert')).toContainText('所在区划（6 位）：取值不正确');
  await tapText(page, county, countyBefore);
  await kioskTab.getByTestId('identity-save').click();
  await expect(kioskTab.getByRole('alert')).toContainText('已保存');

  const token = 'e2e-paas-token-never-shown';
  await tapText(page, kioskTab.locator('input[name="paasToken"]'), token);
  await tapText(page, kioskTab.locator('input[name="privateKeyHex"]'), 'not-a-key');
  await kioskTab.getByTestId('secrets-replace').click();
  await expect(kioskTab.getByTestId('secrets-form').getByRole('alert')).toContainText('SM2 私钥：格式不正确');
  await tapText(page, kioskTab.locator('input[name="paasToken"]'), token);
  await tapText(
    page,
    kioskTab.locator('input[name="privateKeyHex"]'),
    '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  );
  await kioskTab.getByTestId('secrets-replace').click();
  await expect(kioskTab.getByTestId('secrets-form').getByRole('alert')).toContainText('密钥已更换');
  await expect(kioskTab.getByTestId('secrets-form')).toContainText('已设置（不显示）');
  expect(await page.content()).not.toContain(token);
  expect(await page.content()).not.toContain('3945208f7b2144b1');

  await kioskTab.getByTestId('connectivity').getByRole('button').click();
  await expect(kioskTab.getByTestId('connectivity-result')).toContainText(/连接成功：省平台 \d+ 毫秒应答/);
  await saveAdminScreenshot(page, '18-technician-connectivity');

  // The technician's 运行日志: the device and sync lines of this run, filtered by level and time.
  await page.locator('[data-tab="log"]').click();
  await expect(page.getByTestId('log-tab')).toBeVisible();
  await saveAdminScreenshot(page, '19-technician-log');

  await page.getByRole('button', { name: '退出管理模式' }).click();
  await expect(page.locator('.tile').first()).toBeVisible();
});
