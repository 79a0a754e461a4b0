import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { SpeakMode } from './speaker';

/**
 * Reads the screen the way a screen reader reads live regions, so nothing shown goes unspoken:
 * - `data-speak="screen"`: the screen's instruction; when it appears or its text changes, a new screen starts;
 * - `data-speak` (any other value): a status, a result or a document (受理编号, print status, 告知书), queued;
 * - `role="alert"`: every error shown (form, identity, camera, device, submit); a field's problem is read with
 *   the field's label;
 * - `role="alertdialog"`: the idle warning, read once when it opens (its countdown is not re-read each second).
 * Errors and the warning interrupt what is playing (the resident has just acted, or has seconds left), except
 * on a new screen, where they follow its instruction.
 * `data-speak-text` replaces the element's own text where the spoken form differs from the visible one.
 */
const SPOKEN = '[data-speak], [role="alert"], [role="alertdialog"]';
/** Errors shown within this long of one that interrupted are taken as the same act's. */
const SAME_ACT_MS = 800;

export function useSpokenScreen(
  root: RefObject<HTMLElement | null>,
  say: (text: string, mode: SpeakMode) => void,
) {
  const sayRef = useRef(say);
  useLayoutEffect(() => {
    sayRef.current = say; // before the observer's microtask sees the DOM of the same commit
  });
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const lastText = new WeakMap<Element, string>();
    // The errors of one act can reach the DOM in more than one commit (the summary, then the fields'
    // problems): those after the first follow it instead of cutting it off.
    let lastInterrupt = -Infinity;
    const take = (candidates: Iterable<Element>) => {
      const shown = [...new Set(candidates)]
        .filter((e) => e.isConnected && !e.closest('[aria-hidden="true"]'))
        .filter((e) => {
          const text = spokenText(e);
          if (text === '' || lastText.get(e) === text) return false;
          const once = e.getAttribute('role') === 'alertdialog' && lastText.has(e);
          lastText.set(e, text);
          return !once;
        })
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      // An element inside another one read now is read with it; a new screen's instruction comes first.
      const outer = shown.filter((e) => !shown.some((o) => o !== e && o.contains(e)));
      const isScreen = (e: Element) => e.getAttribute('data-speak') === 'screen';
      const newScreen = outer.some(isScreen);
      let interrupted = performance.now() - lastInterrupt < SAME_ACT_MS;
      for (const e of [...outer.filter(isScreen), ...outer.filter((e) => !isScreen(e))]) {
        const urgent: boolean = !newScreen && !interrupted && e.hasAttribute('role');
        if (urgent) lastInterrupt = performance.now();
        interrupted ||= urgent;
        sayRef.current(spokenText(e), isScreen(e) ? 'replace' : urgent ? 'interrupt' : 'append');
      }
    };
    take(el.querySelectorAll(SPOKEN));
    const observer = new MutationObserver((records) => {
      const candidates: Element[] = [];
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const around = target?.closest(SPOKEN);
        if (around) candidates.push(around);
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(SPOKEN)) candidates.push(node);
          candidates.push(...node.querySelectorAll(SPOKEN));
        }
      }
      take(candidates);
    });
    observer.observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-speak', 'data-speak-text'],
    });
    return () => observer.disconnect();
  }, [root]);
}

function spokenText(e: Element): string {
  const own =
    e.getAttribute('data-speak-text') ?? (e instanceof HTMLElement ? e.innerText : e.textContent) ?? '';
  const field = e.getAttribute('role') === 'alert' ? e.closest('[data-field]') : null;
  const label = field?.querySelector('label, legend')?.textContent;
  return (label ? `${label}：${own}` : own).trim();
}
