import { useEffect, useState, type RefObject } from 'react';

/** True while the scrolling element has content below what is visible (long forms, long results). */
export function useMoreBelow(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setMore(el.scrollHeight - el.scrollTop - el.clientHeight > 8);
    // A new screen's content and size are measured once it is painted, not in the tap that showed it (the
    // measurement forces a layout, its answer a second render); the hint follows a frame later.
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const checkAfterPaint = () => {
      if (frame !== 0 || timer !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(() => {
          timer = undefined;
          check();
        }, 0);
      });
    };
    check();
    el.addEventListener('scroll', check, { passive: true });
    const resized = new ResizeObserver(checkAfterPaint);
    resized.observe(el);
    const changed = new MutationObserver(checkAfterPaint);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      el.removeEventListener('scroll', check);
      resized.disconnect();
      changed.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ref]);
  return more;
}
