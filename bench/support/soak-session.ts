/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import type { WebSocketKioskApi } from '../../api/ws-client';

/**
 * One resident session of the renderer soak, driven the way a resident does it, on the kiosk's own page
 * (never reloaded, as on a kiosk): home → 参保登记 tile → the ID card on the simulated reader → 下一步 →
 * 通讯地址 "与户口地址相同", the mobile number on the on-screen keyboard → 身份和补贴 (无业成年人, 无) → 银行信息
 * (optional, passed) → a photo by the (fake) document camera → when `submit`, 确认提交 to the 受理编号 → 返回首页.
 * The same person each time (the card's 黄志强; the first enrollment makes them insured, which an enrollment
 * does not refuse), so nothing else varies between sessions.
 */
const CARD_ID = 'resident-long-term';
const TEL = '13800138002';
const STEP_TIMEOUT_MS = 20_000;

export async function residentSession(
  page: Page,
  sim: WebSocketKioskApi['sim'],
  submit: boolean,
): Promise<string | null> {
  const visible = (selector: string) =>
    page.locator(selector).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const next = () => page.getByTestId('nav-next').click();
  await page.locator('.tile[data-item="enroll"]').click();
  await visible('[data-step="identity"]');
  await simCall(sim.call('sim.presentCard', { cardId: CARD_ID }));
  await visible('[data-step="start"]');
  await simCall(sim.call('sim.removeCard', {}));
  await next();
  await visible('[data-testid="form-page"][data-page="address"]');
  await page.getByTestId('copy-addr').click();
  await page.locator('[data-field="tel"] input').click();
  const keyboard = page.getByTestId('keyboard');
  for (const ch of TEL)
    await keyboard
      .locator('.osk-key-char', { hasText: new RegExp(`^${ch}$`) })
      .first()
      .click();
  // A complete mobile number closes the pad by itself.
  await keyboard.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  await next();
  await visible('[data-testid="form-page"][data-page="status"]');
  await choose(page, 'psn_idet_type', '无业成年人');
  await choose(page, 'subs_type', '无');
  await next();
  await visible('[data-testid="form-page"][data-page="bank"]');
  await next();
  await visible('[data-step="photos"]');
  const shoot = page.getByTestId('shoot');
  await page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid="shoot"]');
      return b instanceof HTMLButtonElement && !b.disabled;
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
  await shoot.click();
  await visible('[data-testid="page-thumb"]');
  let acceptNo: string | null = null;
  if (submit) {
    await next();
    await visible('[data-step="confirm"]');
    await page.getByTestId('confirm-tick').click();
    await page.getByTestId('submit').click();
    await visible('[data-step="result"]');
    acceptNo = ((await page.getByTestId('accept-no').textContent()) ?? '').trim();
    if (!/^\d{6}/.test(acceptNo)) throw new Error(`soak: no 受理编号 on 结果 (${acceptNo})`);
  }
  await page.getByTestId('nav-home').click();
  await visible('.tile[data-item="enroll"]');
  return acceptNo;
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  const radio = page.locator(`[data-field="${field}"] [role="radio"]`, { hasText: option });
  if ((await radio.count()) === 0) await page.locator(`[data-field="${field}"] .choice--more`).click();
  await radio.click();
}

async function simCall(result: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const r = await result;
  if (!r.ok) throw new Error(`soak: simulator control failed: ${r.error?.code} ${r.error?.message}`);
}
