/**
 * Capped exponential backoff with full jitter: wait a uniformly random time in [0, min(cap, base·2^attempt)),
 * so a fleet of kiosks that failed together does not retry together (engineering.md §5.1).
 *
 * When the province named a Retry-After, the wait is that long plus a random part of the same backoff (or of
 * half the Retry-After, if longer): Retry-After is the earliest the province wants to hear from us, and every
 * kiosk it refused in the same second was given the same Retry-After, so waiting exactly that long would bring
 * them all back in the same second again (a 429 storm after a 429, or after a 503 thirty seconds later).
 */
export type BackoffPolicy = Readonly<{ baseMs: number; capMs: number }>;

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 15 * 60_000 };

export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  if (retryAfterMs === undefined) return Math.floor(random() * ceiling);
  const spread = Math.min(policy.capMs, Math.max(ceiling, retryAfterMs / 2));
  return retryAfterMs + Math.floor(random() * spread);
}
