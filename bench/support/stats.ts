/** Order statistics for bench figures (nearest-rank percentiles: no interpolation between samples). */

export function median(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

export function percentile(xs: ReadonlyArray<number>, p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

export const fmtMs = (xs: ReadonlyArray<number>): string => xs.map((x) => x.toFixed(1)).join(' ');
