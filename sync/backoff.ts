/**
 * Capped exponential backoff with full jitter: wait a uniformly random time in [0, min(cap, base·2^attempt)),
 * so a fleet of kiosks that failed together does not retry together (engineering.md §5.1). When the province
 * named a Retry-After, the wait is at least that long.
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
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
