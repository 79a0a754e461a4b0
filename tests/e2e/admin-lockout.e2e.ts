import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEV_ADMIN_PIN } from '../../kiosk/demo/dev-admin-pins';
import { E2E_PORT } from '../../playwright.config';
import { openPinPad, saveAdminScreenshot, typePin } from './admin-helpers';
import { expect, test } from './kiosk-test';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * Five wrong PINs lock admin mode for 15 minutes, and the lock is kept on disk. On the shared e2e kiosk that
 * would lock every later admin journey out, so this one runs a kiosk of its own (the same server script, its
 * own data folder and port), which it stops at the end.
 */
const ownPort = () => E2E_PORT + 100 + test.info().parallelIndex;
let server: ChildProcess | null = null;

async function startOwnKiosk(): Promise<string> {
  const port = ownPort();
  const url = `http://127.0.0.1:${port}`;
  server = spawn(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['tests/e2e/serve-kiosk.ts'], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: 'ignore',
  });
  await expect(async () => {
    const r = await fetch(`${url}/healthz`);
    expect(r.ok).toBe(true);
  }).toPass({ timeout: 90_000 });
  return url;
}

test.afterEach(async () => {
  const s = server;
  server = null;
  if (!s || s.exitCode !== null) return;
  const exited = new Promise((resolve) => s.once('exit', resolve));
  s.kill('SIGTERM');
  await exited;
});

test('five wrong PINs lock admin mode; then even the right PIN is refused until the lock ends', async ({
  kiosk: page,
}) => {
  test.setTimeout(150_000);
  const url = await startOwnKiosk();
  await page.goto(url);
  await expect(page.locator('.tile').first()).toBeVisible();
  await openPinPad(page);
  await page.locator('[data-role="technician"]').click();
  // Each answer is awaited before the next PIN (the pad clears itself when the Node side answers).
  for (let left = 4; left >= 1; left--) {
    await typePin(page, '999999');
    await expect(page.getByRole('alert')).toContainText(`还可尝试 ${left} 次`);
  }
  await typePin(page, '999999');
  await expect(page.getByRole('alert')).toContainText('错误次数过多，管理模式已锁定至');
  await saveAdminScreenshot(page, '02b-pin-locked');
  await typePin(page, DEV_ADMIN_PIN);
  await expect(page.getByRole('alert')).toContainText('管理模式已锁定');
  await expect(page.getByTestId('admin-shell')).toHaveCount(0);
});
