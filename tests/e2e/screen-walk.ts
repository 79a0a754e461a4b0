import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openHome } from './kiosk-test';
import { expectAccessible, expectLayout, expectOnScreen, VIEWPORTS, type Viewport } from './layout-checks';
import { tap } from './wizard-helpers';

/**
 * One screen of a walk, checked the cheap way: axe once (its rules do not depend on the window's size), the
 * layout at the walk's size (1366×768, the hardest, where elder mode leaves a screenshot of the step in
 * artifacts/screens/elder-1366/), then at the other two sizes by resizing the page in place, and back.
 */
export type ScreenCheck = (
  screen: string,
  options?: Readonly<{
    /** Must be in sight at every size without scrolling (tiles, the identity prompt, the 受理编号). */
    onScreen?: ReadonlyArray<string>;
    /** Brought into view by the kiosk (a refused 下一步): in sight at the size it happened at. */
    revealed?: ReadonlyArray<string>;
    /** The same screen whatever the item (home, a card's problem): axe sees it once per mode and worker. */
    shared?: boolean;
    /** axe on this part only (a screen that does not wait long: the rest is the same as the last screen's). */
    axeScope?: string;
  }>,
) => Promise<void>;

export const SCREENS_DIR = join(process.cwd(), 'artifacts', 'screens', 'elder-1366');

const WALK_VIEWPORT: Viewport = { name: '1366', width: 1366, height: 768 };
const OTHER_VIEWPORTS = VIEWPORTS.filter((v) => v.name !== WALK_VIEWPORT.name);

/** Screens axe has passed in this worker (a failed test restarts the worker, and with it this set). */
const axeSeen = new Set<string>();

const spent = { axe: 0, layout: 0, shot: 0, screens: 0 };
export const profile = () => ({ ...spent });

export function screenChecker(page: Page, item: string, elder: boolean): ScreenCheck {
  const mode = elder ? 'elder' : 'normal';
  let index = 0;
  return async (screen, options = {}) => {
    const where = (vp: string) => `${item} ${screen} ${vp} ${mode}`;
    const atSize = async (vp: Viewport) => {
      await expectLayout(page, where(vp.name), elder);
      for (const selector of options.onScreen ?? []) await expectOnScreen(page, selector, where(vp.name));
    };
    let t = Date.now();
    await atSize(WALK_VIEWPORT);
    for (const selector of options.revealed ?? []) await expectOnScreen(page, selector, where('1366'));
    spent.layout += Date.now() - t;
    t = Date.now();
    index += 1;
    if (elder) {
      const dir = join(SCREENS_DIR, item);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${String(index).padStart(2, '0')}-${screen}.png`) });
    }
    spent.shot += Date.now() - t;
    t = Date.now();
    const axeKey = `${options.shared ? '*' : item} ${screen} ${mode}`;
    if (!axeSeen.has(axeKey)) await expectAccessible(page, where('any size'), options.axeScope);
    axeSeen.add(axeKey);
    spent.axe += Date.now() - t;
    t = Date.now();
    for (const vp of OTHER_VIEWPORTS) {
      await resize(page, vp);
      await atSize(vp);
    }
    await resize(page, WALK_VIEWPORT);
    spent.layout += Date.now() - t;
    spent.screens += 1;
  };
}

/** The new size, then two frames: its layout and whatever the page does about it (more-below, keyboard). */
async function resize(page: Page, vp: Viewport): Promise<void> {
  await page.setViewportSize({ width: vp.width, height: vp.height });
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** The home screen at the walk's size, in the chosen mode (every session end gives the standard mode back). */
export async function openHomeIn(page: Page, elder: boolean): Promise<void> {
  await page.setViewportSize({ width: WALK_VIEWPORT.width, height: WALK_VIEWPORT.height });
  await openHome(page);
  await chooseMode(page, elder);
}

export async function chooseMode(page: Page, elder: boolean): Promise<void> {
  if (elder && (await page.locator('html').getAttribute('data-elder')) !== 'on')
    await tap(page, page.getByTestId('elder-toggle'));
  await expect(page.locator('html')).toHaveAttribute('data-elder', elder ? 'on' : 'off');
}

/** Opens Help on the current screen, checks it, closes it. */
export async function checkHelp(
  page: Page,
  check: ScreenCheck,
  screen: string,
  options: Readonly<{ shared?: boolean; picture?: string }> = {},
): Promise<void> {
  await tap(page, page.getByRole('button', { name: '帮助' }));
  await expect(page.getByTestId('help')).toBeVisible();
  if (options.picture)
    await expect(page.getByTestId('help').locator(`[data-picture="${options.picture}"]`)).toBeVisible();
  await check(screen, { onScreen: ['[data-testid="help-close"]'], shared: options.shared ?? false });
  await tap(page, page.getByTestId('help-close'));
  await expect(page.getByTestId('help')).toBeHidden();
}
