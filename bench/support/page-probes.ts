import type { Page } from '@playwright/test';

/**
 * Timing taken inside the page, on the page's own clock (performance.now(), whose origin is the navigation
 * start), so the figures exclude Playwright's round trips.
 *
 * The in-page code is plain JavaScript source, not functions handed to Playwright: tsx (esbuild keepNames)
 * wraps named functions in a `__name(…)` helper that does not exist in the page, so serialized TypeScript
 * functions throw there.
 */

export type TransitionTiming = Readonly<{ clickAt: number; shownAt: number; paintedAt: number }>;

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

/** Installs the click recorder once per page (capture phase on window: before React's root listener). */
export async function installTransitionProbe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
  if (window.__benchTransition) return;
  const state = { lastClickAt: null, pending: null };
  window.__benchTransition = state;
  window.addEventListener('click', () => { state.lastClickAt = performance.now(); }, { capture: true });
})()`);
}

/**
 * Arms a measurement before the click: the next time `selector` appears in the DOM, the time of the second
 * animation frame after it (the frame that showed it has been painted) is recorded with the click's time.
 */
export async function armTransition(page: Page, selector: string): Promise<void> {
  await page.evaluate(`(() => {
  const selector = ${JSON.stringify(selector)};
  const state = window.__benchTransition;
  if (!state) throw new Error('transition probe not installed');
  if (document.querySelector(selector)) throw new Error(selector + ' is already shown');
  state.lastClickAt = null;
  state.pending = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      const shownAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() =>
        resolve({ clickAt: state.lastClickAt ?? NaN, shownAt, paintedAt: performance.now() })));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
})()`);
}

/** Waits for the armed measurement. */
export async function transitionTiming(page: Page, timeoutMs: number): Promise<TransitionTiming> {
  return page.evaluate<TransitionTiming>(`(() => {
  const pending = window.__benchTransition && window.__benchTransition.pending;
  if (!pending) throw new Error('no transition armed');
  return Promise.race([
    pending,
    new Promise((_, reject) => setTimeout(() => reject(new Error('transition timed out')), ${timeoutMs})),
  ]);
})()`);
}
