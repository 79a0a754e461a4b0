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
  const visible = (selector: string) => shown(page, selector, true);
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
  // The digit pad's keys do not move while it is open: their centres are read once, then tapped as a finger
  // would (real pointer events at those points), instead of a locator search and actionability checks per key.
  await visible('[data-testid="keyboard"] .osk-key-char');
  const keys = await page.evaluate<Record<string, [number, number]>>(`(() => {
    const out = {};
    for (const k of document.querySelectorAll('[data-testid="keyboard"] .osk-key-char')) {
      const r = k.getBoundingClientRect();
      const ch = k.textContent.trim();
      if (!(ch in out)) out[ch] = [r.x + r.width / 2, r.y + r.height / 2];
    }
    return out;
  })()`);
  for (const ch of TEL) {
    const at = keys[ch];
    if (!at) throw new Error(`soak: no key ${ch} on the digit pad`);
    await page.mouse.click(at[0], at[1]);
  }
  // A complete mobile number closes the pad by itself.
  await shown(page, '[data-testid="keyboard"]', false);
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
    { timeout: STEP_TIMEOUT_MS, polling: 'raf' },
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

/**
 * Waits until the first element matching `selector` is shown (`true`) or is absent or hidden (`false`), checked
 * in the page on every animation frame. Why not locator.waitFor: Playwright re-checks at growing intervals (up to
 * 500 ms apart), so a screen that takes a moment to appear cost the bench up to half a second per wait, which
 * is the bench's time, not the kiosk's. A function, not a string: the kiosk's CSP forbids eval in the page.
 */
async function shown(page: Page, selector: string, wanted: boolean): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => {
      const el = document.querySelector(sel);
      const isShown =
        el !== null && el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
      return isShown === want;
    },
    [selector, wanted] as const,
    { timeout: STEP_TIMEOUT_MS, polling: 'raf' },
  );
}
