/** Room left between the field (with its problem) and the keyboard's top edge, in CSS pixels. */
const MARGIN = 16;

/**
 * Scrolls the page so `field` (its label, input and problem) sits fully above the docked keyboard, and
 * pads the form so there is room to scroll that far even for the last field of the page. The page is the
 * nearest scrolling ancestor (the session body: the top and bottom bars stay put), else the window.
 */
export function keepAboveKeyboard(field: HTMLElement, form: HTMLElement, dock: HTMLElement): void {
  const keyboardTop = window.innerHeight - dock.offsetHeight;
  form.style.paddingBottom = `${dock.offsetHeight + MARGIN}px`;
  const box = field.getBoundingClientRect();
  const below = box.bottom - (keyboardTop - MARGIN);
  const page = scrollingAncestor(form);
  if (below > 0) page.scrollBy({ top: Math.min(below, box.top - MARGIN), behavior: 'instant' });
  else if (box.top < 0) page.scrollBy({ top: box.top - MARGIN, behavior: 'instant' });
}

function scrollingAncestor(el: HTMLElement): { scrollBy: (o: ScrollToOptions) => void } {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return window;
}
