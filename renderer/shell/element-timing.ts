/**
 * The Element Timing API's `elementtiming` attribute: the browser reports when an element carrying it was first
 * painted (PerformanceObserver type 'element'). The benches time click → next screen painted with it
 * (bench/step-transition.bench.ts, bench/idcard-read.bench.ts); nothing in the kiosk reads it, so it costs
 * nothing in production. React passes the lowercase attribute through; this teaches TypeScript about it.
 */
declare module 'react' {
  // A merged declaration must repeat React's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}

/** The identifier of a session screen's heading: `step:` and the screen (see FlowRunner's screenKey). */
export const stepTimingId = (screen: string): string => `step:${screen}`;
