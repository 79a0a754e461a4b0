import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SimulatorExchange } from '../../devices/idcard/id-card-simulator';

/** The parent's handle on bench/support/idcard-sim-child.ts: the ID-card simulator in its own process. */

const CHILD = fileURLToPath(new URL('./idcard-sim-child.ts', import.meta.url));

export type IdCardSimProcess = Readonly<{
  /** The pty path the kiosk's reader opens. */
  hostPath: string;
  /** Exchanges as they happen, requestAt/repliedAt in the child's epoch ms. */
  exchanges: SimulatorExchange[];
  present(cardId: string): void;
  remove(): void;
  /** The child's epoch clock − this process's, by the tightest of `probes` round trips. */
  clockOffset(probes?: number): Promise<{ offsetMs: number; errorMs: number }>;
  close(): Promise<void>;
}>;

type FromChild =
  | { type: 'ready'; hostPath: string }
  | ({ type: 'exchange' } & SimulatorExchange)
  | { type: 'clock'; id: number; now: number };

export async function startIdCardSimProcess(baudRate: number): Promise<IdCardSimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, IDCARD_BAUD: String(baudRate) },
  });
  const exchanges: SimulatorExchange[] = [];
  const clockWaiters = new Map<number, (now: number) => void>();
  const hostPath = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench: the ID-card simulator did not start')), 30_000);
    child.once('exit', (code) => reject(new Error(`bench: the ID-card simulator exited (${code})`)));
    child.on('message', (m: FromChild) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.hostPath);
      } else if (m.type === 'exchange') {
        const { type: _type, ...exchange } = m;
        exchanges.push(exchange);
      } else if (m.type === 'clock') clockWaiters.get(m.id)?.(m.now);
    });
  });
  let nextId = 0;
  const ping = () =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      clockWaiters.set(id, (now) => {
        clockWaiters.delete(id);
        resolve(now);
      });
      child.send({ type: 'clock', id });
    });
  const now = () => performance.timeOrigin + performance.now();
  return {
    hostPath,
    exchanges,
    present: (cardId) => child.send({ type: 'present', cardId }),
    remove: () => child.send({ type: 'remove' }),
    async clockOffset(probes = 20) {
      let best = { offsetMs: NaN, errorMs: Infinity };
      for (let i = 0; i < probes; i++) {
        const before = now();
        const inChild = await ping();
        const after = now();
        const errorMs = (after - before) / 2;
        if (errorMs < best.errorMs) best = { offsetMs: inChild - (before + after) / 2, errorMs };
      }
      return best;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
