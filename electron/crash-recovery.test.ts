import { describe, expect, it } from 'vitest';
import { createCrashRecovery, UNRESPONSIVE_GRACE_MS } from './crash-recovery';
import { RestartBudget } from '../kiosk/restart-budget';

/** A manual clock and timer queue, so budgets and grace periods are exercised without waiting. */
function harness(options: { wipe?: () => Promise<unknown> } = {}) {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void; live: boolean }> = [];
  const calls: string[] = [];
  const recovery = createCrashRecovery({
    wipeSessions: options.wipe ?? (async () => void calls.push('wipe')),
    reload: () => calls.push('reload'),
    forceCrashRenderer: () => calls.push('kill renderer'),
    relaunch: () => calls.push('relaunch'),
    exit: (code) => calls.push(`exit(${code})`),
    log: () => {},
    now: () => now,
    setTimer: (fn, ms) => {
      const t = { at: now + ms, fn, live: true };
      timers.push(t);
      return () => (t.live = false);
    },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers) {
      if (!t.live || t.at > now) continue;
      t.live = false;
      t.fn();
    }
  };
  return { recovery, calls, advance };
}

const crashed = { reason: 'crashed', exitCode: 139 };

describe('renderer crashes', () => {
  it('wipes the session before reloading', async () => {
    const h = harness();
    await h.recovery.onRenderProcessGone(crashed);
    expect(h.calls).toEqual(['wipe', 'reload']);
  });

  it('reloads at most 3 times in 60 s, then relaunches and exits non-zero', async () => {
    const h = harness();
    for (let i = 0; i < 4; i++) {
      await h.recovery.onRenderProcessGone({ reason: i === 1 ? 'oom' : 'crashed' });
      h.advance(5_000);
    }
    expect(h.calls).toEqual([
      'wipe',
      'reload',
      'wipe',
      'reload',
      'wipe',
      'reload',
      'wipe',
      'relaunch',
      'exit(1)',
    ]);
    await h.recovery.onRenderProcessGone(crashed); // after the relaunch decision nothing more happens
    expect(h.calls.at(-1)).toBe('exit(1)');
  });

  it('crashes spread over more than a minute keep reloading', async () => {
    const h = harness();
    for (let i = 0; i < 6; i++) {
      await h.recovery.onRenderProcessGone(crashed);
      h.advance(30_000);
    }
    expect(h.calls.filter((c) => c === 'reload')).toHaveLength(6);
    expect(h.calls).not.toContain('relaunch');
  });

  it('a clean exit (the app quitting) is not a crash', async () => {
    const h = harness();
    await h.recovery.onRenderProcessGone({ reason: 'clean-exit', exitCode: 0 });
    expect(h.calls).toEqual([]);
  });

  it('still reloads when the wipe fails or hangs', async () => {
    const failing = harness({ wipe: async () => Promise.reject(new Error('disk gone')) });
    await failing.recovery.onRenderProcessGone(crashed);
    expect(failing.calls).toEqual(['reload']);

    const hanging = harness({ wipe: () => new Promise(() => {}) });
    const done = hanging.recovery.onRenderProcessGone(crashed);
    hanging.advance(5_000);
    await done;
    expect(hanging.calls).toEqual(['reload']);
  });

  it('crashes during a recovery count as the same incident', async () => {
    const h = harness();
    await Promise.all([h.recovery.onRenderProcessGone(crashed), h.recovery.onRenderProcessGone(crashed)]);
    expect(h.calls).toEqual(['wipe', 'reload']);
  });

  it('after stop (shutting down) nothing is recovered', async () => {
    const h = harness();
    h.recovery.stop();
    await h.recovery.onRenderProcessGone(crashed);
    await h.recovery.onChildProcessGone({ type: 'GPU', reason: 'crashed' });
    expect(h.calls).toEqual([]);
  });
});

describe('a hung renderer', () => {
  it('is killed once it stays unresponsive past the grace period, then recovered as a crash', async () => {
    const h = harness();
    h.recovery.onUnresponsive();
    h.advance(UNRESPONSIVE_GRACE_MS - 1);
    expect(h.calls).toEqual([]);
    h.advance(1);
    expect(h.calls).toEqual(['kill renderer']);
    await h.recovery.onRenderProcessGone({ reason: 'killed' }); // what the kill comes back as
    expect(h.calls).toEqual(['kill renderer', 'wipe', 'reload']);
  });

  it('is left alone when it becomes responsive again', () => {
    const h = harness();
    h.recovery.onUnresponsive();
    h.advance(3_000);
    h.recovery.onResponsive();
    h.advance(UNRESPONSIVE_GRACE_MS);
    expect(h.calls).toEqual([]);
  });
});

describe('helper processes', () => {
  it('a crashed GPU process counts against the same budget', async () => {
    const h = harness();
    await h.recovery.onChildProcessGone({ type: 'GPU', reason: 'crashed', exitCode: 1 });
    expect(h.calls).toEqual(['wipe', 'reload']);
    await h.recovery.onChildProcessGone({ type: 'Utility', reason: 'clean-exit' });
    expect(h.calls).toEqual(['wipe', 'reload']);
  });
});

describe('RestartBudget', () => {
  it('allows max per sliding window', () => {
    const b = new RestartBudget(3, 60_000);
    expect([0, 1, 2, 3].map((t) => b.take(t * 1000))).toEqual([true, true, true, false]);
    expect(b.take(60_000)).toBe(true); // the first one left the window
  });
});
