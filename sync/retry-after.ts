/**
 * Retry-After in either form HTTP allows (delta-seconds or an HTTP date), as milliseconds from now.
 * Undefined when absent or unreadable, so callers fall back to their own backoff.
 */
export function parseRetryAfter(
  value: string | Array<string> | undefined,
  nowMs: number,
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
