/** Room left between the field (with its problem) and the keyboard's top edge, in CSS pixels. */
const MARGIN = 16;

/**
 * Scrolls the window so `field` (its label, input and problem) sits fully above the docked keyboard, and
 * pads the form so there is room to scroll that far even for the last field of the page.
 */
export function keepAboveKeyboard(field: HTMLElement, form: HTMLElement, dock: HTMLElement): void {
  const keyboardTop = window.innerHeight - dock.offsetHeight;
  form.style.paddingBottom = `${dock.offsetHeight + MARGIN}px`;
  const box = field.getBoundingClientRect();
  const below = box.bottom - (keyboardTop - MARGIN);
  if (below > 0) window.scrollBy({ top: Math.min(below, box.top - MARGIN), behavior: 'instant' });
  else if (box.top < 0) window.scrollBy({ top: box.top - MARGIN, behavior: 'instant' });
}
