import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enterAdmin, saveAdminScreenshot } from './admin-helpers';
import { expect, saveScreenshot, test } from './kiosk-test';
import { expectAccessible, expectLayout } from './layout-checks';

/**
 * A kiosk whose case database file was damaged before it started (issue 15), seen through its own browser host
 * in Chromium: the home screen says 暂停服务 and offers nothing to start, the back office's 同步状态 names the
 * reason, and the file is the same byte for byte afterwards. Its own kiosk on a dynamic port beside the
 * suite's server (a damaged database is a start-up condition).
 */
let server: ChildProcess;
let url: string;
let dataDir: string;
let before: string;
const dbPath = () => join(dataDir, 'kiosk.sqlite');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'zizhu-e2e-oos-'));
  server = spawn('npx', ['tsx', join(import.meta.dirname, 'serve-out-of-service.ts')], {
    env: { ...process.env, OOS_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /KIOSK_URL=(\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    server.once('exit', (code) => reject(new Error(`the out-of-service kiosk ended (exit ${code})`)));
  });
  before = sha(dbPath());
});

test.afterAll(async () => {
  if (server.exitCode === null) {
    const ended = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await ended;
  }
  expect(sha(dbPath())).toBe(before);
  rmSync(dataDir, { recursive: true, force: true });
});

test('the home screen says 暂停服务 and offers no service, elder mode at 1366×768 and 1920×1080', async ({
  kiosk: page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  const notice = page.getByTestId('out-of-service');
  await expect(notice).toContainText('暂停服务');
  await expect(notice).toContainText('本机暂时不能办理业务');
  await expect(page.locator('.tile')).toHaveCount(0);
  await page.getByTestId('elder-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-elder', 'on');
  for (const vp of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(vp);
    await expectAccessible(page, `out of service ${vp.width} elder`);
    await expectLayout(page, `out of service ${vp.width} elder`, true);
    await saveScreenshot(page, `out-of-service-elder-${vp.width}x${vp.height}`);
  }
});

test('the back office sees why: the database, SQLite’s words, the file kept', async ({ kiosk: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await expect(page.getByTestId('out-of-service')).toBeVisible();
  await enterAdmin(page, 'backOffice');
  const reason = page.getByTestId('health-out-of-service');
  await expect(reason).toContainText('本机暂停服务');
  await expect(reason).toContainText(dbPath());
  await expect(reason).toContainText('file is not a database');
  await saveAdminScreenshot(page, 'out-of-service-health');
});
