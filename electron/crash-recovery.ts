import { RestartBudget } from '../kiosk/restart-budget';

/**
 * What the shell does when the resident's screen is lost: the renderer crashed (`render-process-gone`; an
 * OOM often arrives as reason 'crashed'), hung (`unresponsive` that lasts: it is killed, which comes back as
 * render-process-gone), or a helper process died
 * (`child-process-gone`, e.g. the GPU process). Each time, first the resident's session is wiped (nobody is
 * left to end it, and a half-done form must not wait for the next person), then the page is reloaded onto the
 * home screen. Past the restart budget the whole app is relaunched: `relaunch()` then `exit(1)`, so the
 * service manager (systemd Restart=always, Shell Launcher) also sees a failure and restarts it if relaunch
 * itself fails. A blank window with no recovery is the failure this exists to prevent.
 */
export type RecoveryActions = Readonly<{
  wipeSessions(): Promise<unknown>;
  reload(): void;
  /** Kills a hung renderer (webContents.forcefullyCrashRenderer): a reload alone cannot unstick it. */
  forceCrashRenderer(): void;
  relaunch(): void;
  exit(code: number): void;
  log(message: string): void;
  now(): number;
  setTimer(fn: () => void, ms: number): () => void;
}>;

export type GoneDetails = Readonly<{ reason: string; exitCode?: number; type?: string }>;

/** How long a hung page may stay hung before it counts as lost (Chromium also shows its own dialog at ~15 s). */
export const UNRESPONSIVE_GRACE_MS = 10_000;
const WIPE_TIMEOUT_MS = 5_000;

export function createCrashRecovery(actions: RecoveryActions, budget = new RestartBudget()) {
  let shuttingDown = false;
  let cancelHang: (() => void) | null = null;
  let recovering: Promise<void> | null = null;

  async function wipe(): Promise<void> {
    let cancel = () => {};
    const timeout = new Promise<'timeout'>((resolve) => {
      cancel = actions.setTimer(() => resolve('timeout'), WIPE_TIMEOUT_MS);
    });
    try {
      const outcome = await Promise.race([actions.wipeSessions().then(() => 'wiped' as const), timeout]);
      if (outcome === 'timeout') actions.log(`session wipe did not finish within ${WIPE_TIMEOUT_MS} ms`);
    } catch (error) {
      actions.log(`session wipe failed: ${String(error)}`);
    } finally {
      cancel();
    }
  }

  async function recover(what: string): Promise<void> {
    if (shuttingDown) return;
    cancelHang?.();
    cancelHang = null;
    actions.log(`${what}: wiping the resident's session`);
    await wipe();
    if (budget.take(actions.now())) {
      actions.log(`${what}: reloading the kiosk page`);
      actions.reload();
    } else {
      actions.log(
        `${what}: more than ${budget.max} recoveries in ${budget.windowMs / 1000} s, relaunching the app`,
      );
      shuttingDown = true;
      actions.relaunch();
      actions.exit(1);
    }
  }

  /** One recovery at a time: a crash while a reload is in progress is part of the same incident. */
  function once(what: string): Promise<void> {
    recovering ??= recover(what).finally(() => (recovering = null));
    return recovering;
  }

  return {
    onRenderProcessGone(details: GoneDetails): Promise<void> {
      if (details.reason === 'clean-exit') return Promise.resolve();
      return once(`renderer gone (${details.reason}, exit code ${details.exitCode ?? '?'})`);
    },
    onChildProcessGone(details: GoneDetails): Promise<void> {
      if (details.reason === 'clean-exit' || shuttingDown) return Promise.resolve();
      return once(`${details.type ?? 'child'} process gone (${details.reason})`);
    },
    onUnresponsive(): void {
      if (shuttingDown || cancelHang) return;
      actions.log(`renderer unresponsive: waiting ${UNRESPONSIVE_GRACE_MS} ms before recovering`);
      // The kill arrives back as render-process-gone, which wipes, reloads and counts against the budget.
      cancelHang = actions.setTimer(() => {
        cancelHang = null;
        actions.log('renderer still unresponsive: killing it');
        actions.forceCrashRenderer();
      }, UNRESPONSIVE_GRACE_MS);
    },
    onResponsive(): void {
      cancelHang?.();
      cancelHang = null;
    },
    /** After this, crashes are part of shutting down and are not recovered. */
    stop(): void {
      shuttingDown = true;
      cancelHang?.();
      cancelHang = null;
    },
  };
}

export type CrashRecovery = ReturnType<typeof createCrashRecovery>;
