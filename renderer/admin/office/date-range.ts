/** Today as yyyy-MM-dd in the screen's zone (the kiosk runs in its own zone). */
export function todayText(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
