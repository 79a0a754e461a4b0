import type { Page } from '@playwright/test';

/**
 * Timing taken inside the page, on the page's own clock (performance.now(), whose origin is the navigation
 * start), so the figures exclude Playwright's round trips.
 *
 * The in-page code is plain JavaScript source, not functions handed to Playwright: tsx (esbuild keepNames)
 * wraps named functions in a `__name(…)` helper that does not exist in the page, so serialized TypeScript
 * functions throw there.
 */

/**
 * Init script: records when the first element matching `selector` is in the DOM, rendered (checkVisibility)
 * and, for a button, enabled. Watched by a MutationObserver (the moment of the commit) with a
 * requestAnimationFrame poll as a fallback for changes that are not DOM mutations (a stylesheet arriving).
 */
export function interactiveProbeScript(selector: string): { content: string } {
  return {
    content: `(() => {
  const selector = ${JSON.stringify(selector)};
  const ready = () => {
    if (window.__benchInteractiveAt !== undefined) return true;
    const el = document.querySelector(selector);
    if (!el || (el instanceof HTMLButtonElement && el.disabled) || !el.checkVisibility()) return false;
    window.__benchInteractiveAt = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => { if (ready()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const poll = () => { if (ready()) observer.disconnect(); else requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`,
  };
}

/** Waits for the interactive probe's mark and returns it (ms since navigation start). */
export async function interactiveAt(page: Page, timeoutMs: number): Promise<number> {
  // A function, not a string: the kiosk's CSP forbids the eval Playwright would use for a string predicate
  // (an anonymous arrow passed inline is not wrapped by tsx).
  const probe = () => (globalThis as { __benchInteractiveAt?: number }).__benchInteractiveAt;
  const handle = await page.waitForFunction(probe, undefined, {
    timeout: timeoutMs,
    polling: 'raf',
  });
  return (await handle.jsonValue()) as number;
}

/** A click and the Element Timing paint of the element it led to, both ms on the page's clock. */
export type PaintTiming = Readonly<{ clickAt: number; renderTime: number }>;

/**
 * Installs, once per page, the Element Timing recorder: every `elementtiming` element's first paint
 * (PerformanceObserver type 'element', renderTime: when the frame showing it was presented) and every click
 * (capture phase on window: before React's root listener sees it). Buffered, so a paint is never missed.
 */
export async function installPaintProbe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
  if (window.__benchPaint) return;
  const state = { lastClickAt: null, entries: [], waiters: [] };
  window.__benchPaint = state;
  window.addEventListener('click', () => { state.lastClickAt = performance.now(); }, { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const entry = { id: e.identifier, renderTime: e.renderTime || e.loadTime };
      state.entries.push(entry);
      for (const w of state.waiters.splice(0)) w();
    }
  }).observe({ type: 'element', buffered: true });
})()`);
}

/** Forgets earlier clicks and paints: the next click and the next paint of `identifier` are measured. */
export async function armPaint(page: Page): Promise<void> {
  await page.evaluate(`(() => {
  const state = window.__benchPaint;
  if (!state) throw new Error('paint probe not installed');
  state.lastClickAt = null;
  state.entries.length = 0;
})()`);
}

/** Waits for the first paint since `armPaint` of an element whose elementtiming is `identifier` (or, for
 * `prefix*`, starts with `prefix`; `a|b`: whichever of a and b paints first). */
export async function paintTiming(page: Page, identifier: string, timeoutMs: number): Promise<PaintTiming> {
  return page.evaluate<PaintTiming>(`(() => {
  const id = ${JSON.stringify(identifier)};
  const state = window.__benchPaint;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no paint of ' + id + ' within ${timeoutMs} ms; painted: ' +
      state.entries.map((e) => e.id).join(', '))), ${timeoutMs});
    const matches = (want, got) =>
      want.endsWith('*') ? typeof got === 'string' && got.startsWith(want.slice(0, -1)) : got === want;
    const check = () => {
      const hit = state.entries.find((e) => id.split('|').some((want) => matches(want, e.id)));
      if (!hit) { state.waiters.push(check); return; }
      clearTimeout(timer);
      resolve({ clickAt: state.lastClickAt ?? NaN, renderTime: hit.renderTime });
    };
    check();
  });
})()`);
}

/** The page's clock (performance.timeOrigin + now(), epoch ms) against this process's, by the tightest of
 * `probes` round trips: page − node at the round trip's midpoint, ± half its duration. */
export async function pageClockOffset(
  page: Page,
  probes = 20,
): Promise<{ offsetMs: number; errorMs: number }> {
  let best = { offsetMs: NaN, errorMs: Infinity };
  for (let i = 0; i < probes; i++) {
    const before = performance.timeOrigin + performance.now();
    const inPage = await page.evaluate<number>('performance.timeOrigin + performance.now()');
    const after = performance.timeOrigin + performance.now();
    const errorMs = (after - before) / 2;
    if (errorMs < best.errorMs) best = { offsetMs: inPage - (before + after) / 2, errorMs };
  }
  return best;
}

/** performance.timeOrigin of the page (epoch ms), to put its renderTime on the epoch clock. */
export async function pageTimeOrigin(page: Page): Promise<number> {
  return page.evaluate<number>('performance.timeOrigin');
}
