import { kioskContract, type KioskMethod } from '../../api/contract';
import type { KioskHandlers } from '../../api/kiosk-api';
import { fail, KioskApiError, type ApiResult } from '../../api/result';
import type { SimHandlers } from '../../api/sim-api';
import { simContract, type SimMethod } from '../../api/sim-contract';
import type { KioskMode } from '../../config/settings-schema';
import { EventBus } from '../event-bus';
import { RestartBudget } from '../restart-budget';
import type { CoreChannel, CoreSpawner, FromCore, ToCore } from './protocol';

export type RemoteKiosk = Readonly<{
  mode: KioskMode;
  handlers: KioskHandlers;
  sim: SimHandlers | null;
  events: EventBus;
  wipeSessions(): Promise<number>;
  close(): Promise<void>;
}>;

export type RemoteKioskOptions = Readonly<{
  spawn: CoreSpawner;
  /** Restarts allowed after the core died (default 3 a minute); past that `onGiveUp`. */
  budget?: RestartBudget;
  /** The restart budget is spent: the shell exits non-zero so its service manager restarts the kiosk. */
  onGiveUp(reason: string): void;
  log?(message: string): void;
  now?(): number;
  /** How long `close` waits for the core to exit before killing it. */
  closeTimeoutMs?: number;
}>;

/** The reason an in-flight call gets when its core died: the renderer shows "not saved" and offers a retry. */
const CORE_GONE = 'the kiosk core stopped; try again';

/**
 * The window side of the core process: the same shape as startKiosk's RunningKiosk, every handler a message
 * to the core. A call in flight when the core dies is answered `unavailable`; the core is restarted within the
 * budget and calls made meanwhile wait for it. Resolves once the first core is ready; rejects if it fails to
 * start (a `SettingsError`-named error when its settings were refused).
 */
export async function startRemoteKiosk(o: RemoteKioskOptions): Promise<RemoteKiosk> {
  const log = o.log ?? ((m: string) => console.error(`[kiosk] ${m}`));
  const now = o.now ?? Date.now;
  const budget = o.budget ?? new RestartBudget();
  const events = new EventBus();
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const waiting: Array<() => void> = [];
  let nextId = 1;
  let channel: CoreChannel | null = null;
  let ready = false;
  /** A first core was ready: from then on a dead core is restarted. */
  let started = false;
  let closing = false;
  let gaveUp = false;
  let exited: (() => void) | null = null;

  function answerAllUnavailable() {
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve(fail('unavailable', CORE_GONE));
    }
  }

  const first = new Promise<{ mode: KioskMode; sim: boolean }>((resolve, reject) => {
    function start() {
      const ch = o.spawn();
      channel = ch;
      ready = false;
      ch.on('message', (m: FromCore) => {
        if (m.kind === 'ready') {
          ready = true;
          started = true;
          resolve({ mode: m.mode, sim: m.sim });
          for (const send of waiting.splice(0)) send();
        } else if (m.kind === 'failed') {
          const error = new Error(m.message);
          if (m.badSettings) error.name = 'SettingsError';
          reject(error);
        } else if (m.kind === 'result') {
          const done = pending.get(m.id);
          pending.delete(m.id);
          done?.(m.result);
        } else if (m.kind === 'event') {
          events.deliver(m.event, m.audience);
        }
      });
      ch.on('exit', (code) => {
        if (channel === ch) channel = null;
        ready = false;
        answerAllUnavailable();
        if (closing) {
          exited?.();
          return;
        }
        if (!started) {
          // The first core never came up: start-up failed, and the shell exits with the reason.
          reject(new Error(`the kiosk core exited (${String(code)}) before it was ready`));
          return;
        }
        if (budget.take(now())) {
          log(`the kiosk core exited (${String(code)}); restarting it`);
          start();
        } else {
          gaveUp = true;
          for (const send of waiting.splice(0)) send();
          o.onGiveUp(
            `the kiosk core exited (${String(code)}) more than ${budget.max} times in ${budget.windowMs / 1000} s`,
          );
        }
      });
    }
    start();
  });

  function request(message: (id: number) => ToCore): Promise<ApiResult<unknown>> {
    return new Promise((resolve) => {
      const send = () => {
        if (gaveUp || closing || !channel) {
          resolve(fail('unavailable', CORE_GONE));
          return;
        }
        const id = nextId++;
        pending.set(id, resolve);
        try {
          channel.postMessage(message(id));
        } catch {
          pending.delete(id);
          resolve(fail('unavailable', CORE_GONE));
        }
      };
      if (ready || gaveUp || closing) send();
      else waiting.push(send);
    });
  }

  async function call(method: string, args: unknown): Promise<unknown> {
    const result = await request((id) => ({ kind: 'call', id, method, args }));
    if (result.ok) return result.value;
    throw new KioskApiError(result.error.code, result.error.message, result.error.details);
  }

  const { mode, sim } = await first;
  const handlers = Object.fromEntries(
    (Object.keys(kioskContract) as KioskMethod[]).map((m) => [m, (args: unknown) => call(m, args)]),
  ) as unknown as KioskHandlers;
  const simHandlers = sim
    ? (Object.fromEntries(
        (Object.keys(simContract) as SimMethod[]).map((m) => [m, (args: unknown) => call(m, args)]),
      ) as unknown as SimHandlers)
    : null;

  return {
    mode,
    handlers,
    sim: simHandlers,
    events,
    async wipeSessions() {
      const result = await request((id) => ({ kind: 'wipe', id }));
      return result.ok ? Number(result.value) : 0;
    },
    async close() {
      closing = true;
      for (const send of waiting.splice(0)) send();
      const ch = channel;
      if (!ch) return;
      const gone = new Promise<void>((resolve) => (exited = resolve));
      ch.postMessage({ kind: 'close' });
      const timer = setTimeout(() => ch.kill(), o.closeTimeoutMs ?? 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
