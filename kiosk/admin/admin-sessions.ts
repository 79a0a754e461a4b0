import { randomBytes } from 'node:crypto';
import type { AdminGateStatus, AdminRole, AdminUnlockResult } from '../../api/admin-contract';
import type { AdminCaller, AdminTokenCheck } from '../../api/admin-gate';
import { verifyPin } from '../../security/pin-hash';
import type { AdminLockout } from './admin-lockout';

export type PinHashes = Partial<Record<AdminRole, string>>;

export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 15 * 60_000;

export type AdminSessionsOptions = Readonly<{
  /**
   * The stored PIN hash per role; a role without one cannot unlock. A function is asked at every unlock and
   * status, so a PIN set with `npm run admin -- set-pin` works at once, without a restart.
   */
  pinHashes: PinHashes | (() => PinHashes);
  lockout: AdminLockout;
  idleSeconds: number;
  now?: () => number;
  /** Told about unlocks, wrong PINs, the lock and ends (for the audit log); never the PIN. */
  onEvent?: (e: AdminSessionEvent) => void;
}>;

export type AdminSessionEvent = Readonly<
  | { kind: 'unlocked'; role: AdminRole; adminSessionId: string }
  | { kind: 'wrong-pin'; role: AdminRole; failures: number }
  | { kind: 'locked'; role: AdminRole; until: number }
  | { kind: 'ended'; role: AdminRole; adminSessionId: string; why: 'exit' | 'idle' }
>;

type Live = { role: AdminRole; adminSessionId: string; lastUsedAt: number };

/**
 * Admin sessions: unlock with a role's PIN, then a random token stands for the session until it is locked
 * again (退出管理模式) or stays unused for admin.idleSeconds. Five wrong PINs in a row (any role) lock admin
 * mode for 15 minutes; count and lock are persisted. Tokens live only in this process's memory: a restart
 * ends every admin session, which is the safe direction.
 */
export class AdminSessions implements AdminTokenCheck {
  readonly #o: AdminSessionsOptions;
  readonly #now: () => number;
  readonly #live = new Map<string, Live>();
  /** Unlocks run one at a time, so parallel guesses cannot all slip in before the count is written. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: AdminSessionsOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
  }

  get idleSeconds(): number {
    return this.#o.idleSeconds;
  }

  status(): AdminGateStatus {
    const lock = this.#o.lockout.read();
    return {
      enabled: { technician: this.#hasPin('technician'), backOffice: this.#hasPin('backOffice') },
      lockedUntil: lock.lockedUntil !== null && lock.lockedUntil > this.#now() ? lock.lockedUntil : null,
    };
  }

  unlock(role: AdminRole, pin: string): Promise<AdminUnlockResult> {
    const run = this.#queue.then(() => this.#unlock(role, pin));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #unlock(role: AdminRole, pin: string): Promise<AdminUnlockResult> {
    const lock = this.#o.lockout.read();
    const now = this.#now();
    if (lock.lockedUntil !== null && lock.lockedUntil > now) {
      return { ok: false, reason: 'locked', lockedUntil: lock.lockedUntil };
    }
    const hash = this.#pinHashes()[role];
    if (!hash) return { ok: false, reason: 'disabled' };
    // A lock that ran out starts a fresh count.
    const failuresSoFar = lock.lockedUntil !== null ? 0 : lock.failures;
    if (await verifyPin(pin, hash)) {
      this.#o.lockout.write({ failures: 0, lockedUntil: null });
      const adminToken = randomBytes(32).toString('base64url');
      const adminSessionId = randomBytes(8).toString('hex');
      this.#live.set(adminToken, { role, adminSessionId, lastUsedAt: this.#now() });
      this.#o.onEvent?.({ kind: 'unlocked', role, adminSessionId });
      return { ok: true, adminToken, role, idleSeconds: this.#o.idleSeconds };
    }
    const failures = failuresSoFar + 1;
    if (failures >= MAX_WRONG_PINS) {
      const until = this.#now() + LOCK_MS;
      this.#o.lockout.write({ failures, lockedUntil: until });
      this.#endAll('idle');
      this.#o.onEvent?.({ kind: 'locked', role, until });
      return { ok: false, reason: 'locked', lockedUntil: until };
    }
    this.#o.lockout.write({ failures, lockedUntil: null });
    this.#o.onEvent?.({ kind: 'wrong-pin', role, failures });
    return { ok: false, reason: 'wrong-pin', attemptsLeft: MAX_WRONG_PINS - failures };
  }

  verify(token: string, roles: ReadonlyArray<AdminRole>): AdminCaller | null {
    const live = this.#live.get(token);
    if (!live) return null;
    const now = this.#now();
    if (now - live.lastUsedAt > this.#o.idleSeconds * 1000) {
      this.#end(token, live, 'idle');
      return null;
    }
    if (!roles.includes(live.role)) return null;
    live.lastUsedAt = now;
    return { role: live.role, adminSessionId: live.adminSessionId };
  }

  /** 退出管理模式. */
  end(token: string): void {
    const live = this.#live.get(token);
    if (live) this.#end(token, live, 'exit');
  }

  #end(token: string, live: Live, why: 'exit' | 'idle') {
    this.#live.delete(token);
    this.#o.onEvent?.({ kind: 'ended', role: live.role, adminSessionId: live.adminSessionId, why });
  }

  #endAll(why: 'exit' | 'idle') {
    for (const [token, live] of [...this.#live]) this.#end(token, live, why);
  }

  #hasPin(role: AdminRole): boolean {
    return typeof this.#pinHashes()[role] === 'string';
  }

  #pinHashes(): PinHashes {
    const p = this.#o.pinHashes;
    return typeof p === 'function' ? p() : p;
  }
}
