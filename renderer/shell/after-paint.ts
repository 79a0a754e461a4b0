/**
 * Resolves once the frame showing the current DOM has been handed to the compositor: a task queued from
 * requestAnimationFrame runs after that frame's paint. Work that the resident does not see (speech planning,
 * releasing a camera) waits for it, so a tap's next screen is not held back by it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
