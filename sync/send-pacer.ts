/**
 * How fast this kiosk sends to the province, learnt from the province's own answers (issue 15). A kiosk
 * cannot know how many other kiosks share the province, only what the province answers it, so it paces itself
 * like a TCP sender: a 429 (the contract's answer to a kiosk that sends too fast) cuts its sending rate, and
 * every answered request raises the rate a little, by the same amount per second of sending whatever the rate
 * (additive increase, multiplicative decrease). A fleet of kiosks pacing themselves this way settles near what
 * the province can serve instead of meeting its limit again a second later.
 *
 * Sending is free (no pacing at all) until the first such answer, and again once the rate has climbed back to
 * `freeRate` or no such answer came for `forgetAfterMs`: an ordinary day's handful of cases leaves at once.
 * The end of the nightly maintenance window starts pacing at `startRate` too (a slow start): the window is the
 * same for every kiosk of the province, so each kiosk knows the others resume then as well.
 *
 * Turns are a token bucket: up to `burst` requests may leave back to back (one case: its photos and its
 * submission), then one every 1/rate seconds.
 */
export type PacingPolicy = Readonly<{
  /** Requests per second after the first throttle answer and at the end of the maintenance window. */
  startRate: number;
  /** The rate never falls below this (requests per second). */
  minRate: number;
  /** Requests per second gained per second of answered sending (additive increase). */
  increasePerSecond: number;
  /** The rate is multiplied by this on a 429 (multiplicative decrease). */
  decreaseFactor: number;
  /** Back at this rate, the kiosk sends freely again. */
  freeRate: number;
  /** Requests that may leave back to back. */
  burst: number;
  /** No throttle answer for this long: the kiosk sends freely again. */
  forgetAfterMs: number;
}>;

/**
 * One request every 50 s to start with, never slower than one every 5 minutes, +0.012 req/s per minute of
 * answered sending, cut to a quarter on each 429. Chosen on bench/fleet.bench.ts (README): a gentler cut or a
 * faster climb brought back hundreds more 429s; a slower floor left the last cases past the half hour.
 */
export const DEFAULT_PACING: PacingPolicy = {
  startRate: 0.02,
  minRate: 1 / 300,
  increasePerSecond: 0.0002,
  decreaseFactor: 0.25,
  freeRate: 5,
  burst: 3,
  forgetAfterMs: 15 * 60_000,
};

export class SendPacer {
  readonly #p: PacingPolicy;
  /** Requests per second, or null while sending is free. */
  #rate: number | null = null;
  #tokens = 0;
  #refilledAt = 0;
  #lastSignalAt = 0;

  constructor(policy: PacingPolicy = DEFAULT_PACING) {
    this.#p = policy;
  }

  /** The current rate in requests per second, or null while sending is free. */
  get rate(): number | null {
    return this.#rate;
  }

  /** When the next request may leave (`now` when it may leave now). */
  readyAt(now: number): number {
    this.#refill(now);
    if (this.#rate === null || (this.#tokens >= 1 && now >= this.#refilledAt)) return now;
    // #refilledAt is later than now while the province holds us back (holdUntil): turns accrue after it.
    return Math.max(now, this.#refilledAt) + Math.ceil(((1 - this.#tokens) / this.#rate) * 1000);
  }

  /** Spends a turn if one is free now; false when the request must wait until readyAt(). */
  take(now: number): boolean {
    if (this.readyAt(now) > now) return false;
    if (this.#rate !== null) this.#tokens -= 1;
    return true;
  }

  /** The province answered (accepted or refused, but not throttled): the rate climbs back a little. */
  answered(now: number): void {
    this.#refill(now);
    if (this.#rate === null) return;
    // dr/dt = increasePerSecond while sending at rate r: each answer, 1/r seconds of sending, adds a/r.
    this.#rate += this.#p.increasePerSecond / this.#rate;
    if (this.#rate >= this.#p.freeRate) this.#rate = null;
  }

  /** A 429: cut the rate (or start pacing) and wait a full turn before the next request. */
  throttled(now: number): void {
    this.#refill(now);
    this.#rate =
      this.#rate === null
        ? this.#p.startRate
        : Math.max(this.#p.minRate, this.#rate * this.#p.decreaseFactor);
    this.#tokens = 0;
    this.#refilledAt = now;
    this.#lastSignalAt = now;
  }

  /**
   * The province said when to come back (Retry-After): no turns accrue before then, so the kiosk comes back a
   * full turn after it, not with a burst saved up while it waited. (Sending one request right at the end of
   * the hold instead brought three times the 429s back in bench/fleet.bench.ts: every kiosk refused in the
   * same few seconds probed again together.)
   */
  holdUntil(until: number): void {
    if (this.#rate === null) return;
    this.#tokens = 0;
    this.#refilledAt = Math.max(this.#refilledAt, until);
  }

  /** Sending resumes after a pause every kiosk shared (the maintenance window): start at startRate. */
  slowStart(now: number): void {
    this.#refill(now);
    if (this.#rate !== null && this.#rate <= this.#p.startRate) return;
    this.#rate = this.#p.startRate;
    this.#tokens = Math.min(this.#tokens, this.#p.burst);
    this.#refilledAt = now;
    this.#lastSignalAt = now;
  }

  #refill(now: number): void {
    if (this.#rate === null) {
      this.#tokens = this.#p.burst;
      this.#refilledAt = now;
      return;
    }
    if (now - this.#lastSignalAt >= this.#p.forgetAfterMs) {
      this.#rate = null;
      this.#tokens = this.#p.burst;
      this.#refilledAt = now;
      return;
    }
    if (now <= this.#refilledAt) return;
    const elapsed = (now - this.#refilledAt) / 1000;
    this.#tokens = Math.min(this.#p.burst, this.#tokens + elapsed * this.#rate);
    this.#refilledAt = now;
  }
}
