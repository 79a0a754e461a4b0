/**
 * Crash-test hook points. The reliability suite (tests/reliability/kill-nine/) sets ZIZHU_FAULT_POINT to
 * `<name>@<n>` in the environment of a kiosk process it means to kill: the n-th time that process passes
 * `faultPoint(<name>)`, it kills itself with SIGKILL, exactly as `kill -9` from outside would, but at a named
 * moment (inside the case transaction, between commit and photo detach, …) that a timer could rarely hit.
 * Without the variable (production, every other test) a fault point is a no-op: one comparison. A production
 * start with the variable set is refused (config/production-checks.ts).
 */
export type FaultPointName =
  /** CaseStore.submitCase: every row written, the transaction not yet committed. */
  | 'case-in-transaction'
  /** CaseService.submit: the case committed, its photos not yet detached from the session. */
  | 'case-after-commit'
  /** PhotoVault: a sealed file fsynced under its temporary name and renamed, the rest of the write not done. */
  | 'photo-write'
  /** SyncWorker: the province answered an upload, the answer not yet recorded. */
  | 'upload-answered'
  /** SyncWorker: the province answered ZZ01/ZZ02, the answer not yet recorded. */
  | 'submit-answered';

export const FAULT_POINT_ENV = 'ZIZHU_FAULT_POINT';

type Armed = { name: string; at: number; seen: number };

function armedFromEnv(raw: string | undefined): Armed | null {
  if (raw === undefined || raw === '') return null;
  const m = /^([a-z-]+)@(\d+)$/.exec(raw);
  if (!m) throw new Error(`${FAULT_POINT_ENV} must be <name>@<n>, got ${raw}`);
  return { name: m[1] ?? '', at: Number(m[2]), seen: 0 };
}

const armed = armedFromEnv(process.env[FAULT_POINT_ENV]);

export function faultPoint(name: FaultPointName): void {
  if (armed === null || armed.name !== name) return;
  armed.seen++;
  if (armed.seen === armed.at) process.kill(process.pid, 'SIGKILL');
}
