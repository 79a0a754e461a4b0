/**
 * Resolves a frame after the one showing the current DOM: a task queued from the *second*
 * requestAnimationFrame. The first one's frame is the one that paints the new DOM, but its raster and draw
 * run on other threads after the main thread has handed it over; on a two-core kiosk, work started right
 * then (speech planning, opening or releasing a camera) competed with them and held the new screen back
 * (bench/step-transition.bench.ts). One frame later that raster is usually done, and the resident cannot
 * tell 16 ms apart in when a voice starts or a camera opens.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}
