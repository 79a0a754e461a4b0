/**
 * How often the shell may bring the screen back by itself: at most `max` recoveries in any `windowMs`
 * (3 per 60 s by default, as kiosk apps that survive in the field do). Past that the problem is not
 * transient, and the process restarts as a whole under the service manager.
 */
export class RestartBudget {
  readonly #times: number[] = [];

  constructor(
    readonly max = 3,
    readonly windowMs = 60_000,
  ) {}

  /** Records one recovery at `now`; false once the budget for the window is spent. */
  take(now: number): boolean {
    while (this.#times.length > 0 && now - (this.#times[0] ?? now) >= this.windowMs) this.#times.shift();
    if (this.#times.length >= this.max) return false;
    this.#times.push(now);
    return true;
  }
}
