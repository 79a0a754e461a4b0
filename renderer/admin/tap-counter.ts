/**
 * The hidden gesture that opens the admin PIN pad: `taps` taps within `withinMs` (five in 3 s in the home
 * screen's top-left corner). Residents do not tap a blank corner five times by accident; staff know it.
 */
export function createTapCounter(taps: number, withinMs: number) {
  let times: number[] = [];
  return {
    /** Records a tap; true when it completes the gesture (the count then starts over). */
    tap(now: number): boolean {
      times = [...times.filter((t) => now - t < withinMs), now];
      if (times.length < taps) return false;
      times = [];
      return true;
    },
  };
}

export const ADMIN_GESTURE = { taps: 5, withinMs: 3_000 } as const;
