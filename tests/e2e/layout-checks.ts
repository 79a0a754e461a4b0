/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What a resident at any screen size must be able to see and touch; each check returns the offenders. */

export type Viewport = Readonly<{ name: string; width: number; height: number }>;
export const VIEWPORTS: ReadonlyArray<Viewport> = [
  { name: '1920', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
  { name: '1366', width: 1366, height: 768 },
];

/**
 * axe-core on the page as it is: no serious or critical violation. Only violations are gathered (axe's
 * resultTypes): collecting every passing node is most of a run's cost and none of its verdict.
 */
export async function expectAccessible(page: Page, where: string, scope?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const result = await (scope ? builder.include(scope) : builder).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe serious/critical at ${where}`).toEqual([]);
}

/**
 * Controls large enough to hit (≥ 60 px elder, ≥ 44 px normal), no visible text under 24 px in elder mode,
 * nothing of the step under the bottom bar. The simulator panel (demo tooling, not for residents) is exempt.
 */
export async function expectLayout(page: Page, where: string, elder: boolean): Promise<void> {
  const problems = await page.evaluate(
    ({ minControl, minText }) => {
      const out: string[] = [];
      const exempt = (el: Element) => el.closest('.sim-panel, [data-layout-exempt]') !== null;
      const label = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
      const shown = (el: Element) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0;
      };
      // A control's own box, or its label's when the label is what takes the tap (a checkbox and its text).
      for (const el of document.querySelectorAll(
        'button, select, input, [role="radio"], [role="button"], a[href]',
      )) {
        if (exempt(el) || !shown(el)) continue;
        const r = el.getBoundingClientRect();
        const target = el.closest('label')?.getBoundingClientRect() ?? r;
        const w = Math.max(r.width, el.matches('input[type="checkbox"]') ? 0 : target.width);
        const h = Math.max(r.height, target.height);
        if (w < minControl - 0.5 || h < minControl - 0.5)
          out.push(`control ${label(el)} is ${Math.round(w)}×${Math.round(h)} px`);
      }
      if (minText > 0) {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || (n.textContent ?? '').trim() === '' || exempt(el) || !shown(el)) continue;
          if (el.closest('svg, [aria-hidden="true"]') && !el.closest('figcaption')) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < minText - 0.5) out.push(`text ${label(el)} is ${size.toFixed(1)} px`);
        }
      }
      const nav = document.querySelector('.session__nav');
      const body = document.querySelector('.session__body');
      if (nav && body) {
        const bar = nav.getBoundingClientRect();
        const frame = body.getBoundingClientRect();
        for (const el of body.querySelectorAll('*')) {
          if (!shown(el)) continue;
          const r = el.getBoundingClientRect();
          // What is visible of it inside the scrolling body; anything of that inside the bar is hidden by it.
          const top = Math.max(r.top, frame.top);
          const bottom = Math.min(r.bottom, frame.bottom);
          if (bottom > top && bottom > bar.top + 0.5 && top < bar.bottom)
            out.push(`${label(el)} is under the bottom bar`);
        }
        if (bar.bottom > window.innerHeight + 0.5) out.push('the bottom bar is below the screen');
      }
      if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('the page scrolls sideways');
      return out.slice(0, 20);
    },
    { minControl: elder ? 60 : 44, minText: elder ? 24 : 0 },
  );
  expect(problems, `layout at ${where}`).toEqual([]);
}

/** Fully inside the window, without scrolling. */
export async function expectOnScreen(page: Page, selector: string, where: string): Promise<void> {
  const all = page.locator(selector);
  await expect(all.first()).toBeVisible();
  const boxes = await all.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      // Inside the scrolling body, "on screen" means inside the body's visible part.
      const f = el.closest('.session__body')?.getBoundingClientRect();
      return f && (r.top < f.top - 0.5 || r.bottom > f.bottom + 0.5)
        ? { top: -1, bottom: r.bottom, left: r.left, right: r.right }
        : { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  const off = boxes.filter(
    (b) => b.top < -0.5 || b.left < -0.5 || b.bottom > size.height + 0.5 || b.right > size.width + 0.5,
  );
  expect(off, `${selector} off-screen at ${where}`).toEqual([]);
}
