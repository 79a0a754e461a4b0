import type { Browser, Page } from '@playwright/test';
import type { BenchModule, BenchResult } from './types';
import { ensureRendererBuilt, startBenchKiosk, type BenchKiosk } from './support/bench-kiosk';
import { freshContext, launchChromium } from './support/chromium';
import { startMinimalReactPage, type MinimalReactPage } from './support/minimal-react-page';
import { armTransition, installTransitionProbe, transitionTiming } from './support/page-probes';
import { fmtMs, median, percentile } from './support/stats';

/**
 * Step-to-step transition (SPEC "Non-functional targets": p95 within 2× a minimal page's click-to-paint, same
 * run). In the page's own clock: from the click event (capture phase on window, before React sees it) to the
 * second animation frame after the next screen is in the DOM, i.e. once the frame showing it has been painted.
 * Kiosk: home tile → 身份认证 (`[data-step="identity"]`, which also starts the ID-card reader) and 返回首页 →
 * home tiles (which ends the session). Baseline: the minimal React 19 page toggling between its two views.
 */

const ROUND_TRIPS = 16; // 32 transitions per page
const WARMUP_ROUND_TRIPS = 2;
const SETTLE_MS = 150; // a resident's taps are never back to back; lets each screen's effects finish
const TIMEOUT_MS = 10_000;

type Leg = Readonly<{ click: string; shows: string }>;

async function measureTransitions(page: Page, legs: ReadonlyArray<Leg>, rounds: number): Promise<number[]> {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const leg of legs) {
      await armTransition(page, leg.shows);
      await page.click(leg.click);
      const t = await transitionTiming(page, TIMEOUT_MS);
      if (!Number.isFinite(t.clickAt)) throw new Error(`bench: no click recorded on ${leg.click}`);
      out.push(t.paintedAt - t.clickAt);
      await page.waitForTimeout(SETTLE_MS);
    }
  }
  return out;
}

async function run(browser: Browser, url: string, ready: string, legs: ReadonlyArray<Leg>) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector(ready, { state: 'visible', timeout: TIMEOUT_MS });
    await installTransitionProbe(page);
    await measureTransitions(page, legs, WARMUP_ROUND_TRIPS);
    const ms = await measureTransitions(page, legs, ROUND_TRIPS);
    if (errors.length > 0) throw new Error(`bench: page errors on ${url}: ${errors.join('; ')}`);
    return ms;
  } finally {
    await context.close();
  }
}

export default (async (): Promise<BenchResult[]> => {
  await ensureRendererBuilt();
  let kiosk: BenchKiosk | null = null;
  let baseline: MinimalReactPage | null = null;
  let browser: Browser | null = null;
  try {
    kiosk = await startBenchKiosk({ withHost: true });
    baseline = await startMinimalReactPage();
    browser = await launchChromium();
    const baseMs = await run(browser, baseline.url, '#go', [
      { click: '#go', shows: '[data-view="b"]' },
      { click: '#back', shows: '[data-view="a"]' },
    ]);
    const kioskMs = await run(browser, kiosk.url ?? '', '.tile', [
      { click: '.tile[data-item="insured-query"]', shows: '[data-step="identity"]' },
      { click: '[data-testid="nav-home"]', shows: '.tile' },
    ]);
    const measured = percentile(kioskMs, 95);
    const base = percentile(baseMs, 95);
    const ratio = measured / base;
    const forward = kioskMs.filter((_, i) => i % 2 === 0);
    const back = kioskMs.filter((_, i) => i % 2 === 1);
    return [
      {
        name: 'step-transition: kiosk click-to-paint p95 / minimal React page p95',
        unit: 'ms p95',
        measured,
        baseline: base,
        ratio,
        target: '≤ 2',
        pass: ratio <= 2,
        notes:
          `${kioskMs.length} transitions each (after ${WARMUP_ROUND_TRIPS * 2} warm-up), click → 2nd rAF after the DOM shows the next screen; ` +
          `kiosk medians: home→身份认证 ${median(forward).toFixed(1)} ms, 返回首页→home ${median(back).toFixed(1)} ms, max ${Math.max(...kioskMs).toFixed(1)} ms; ` +
          `baseline median ${median(baseMs).toFixed(1)} ms, max ${Math.max(...baseMs).toFixed(1)} ms; kiosk ms ${fmtMs(kioskMs)}`,
      },
    ];
  } finally {
    await browser?.close().catch(() => {});
    await baseline?.close();
    await kiosk?.close();
  }
}) satisfies BenchModule;
