import type { BenchModule, BenchResult } from './types';
import { createSerialIdCardReader } from '../devices/idcard/create-serial-id-card-reader';
import type { CardReadEvent } from '../devices/idcard/id-card-reader';
import type { SimulatorExchange } from '../devices/idcard/id-card-simulator';
import { startIdCardSimulator } from '../devices/idcard/start-id-card-simulator';

/**
 * ID-card read latency (SPEC "Non-functional targets"): from the reader's first 'card found' reply to the
 * driver's `card` event, as a ratio to the wire time of the select and read exchanges at the configured baud
 * (bytes × 10 bits / baud). Runs the production serial driver against the simulator over a socat pty pair; the
 * simulator paces its bytes at 115200 baud, because ptys transfer instantly. Also reports the polling interval
 * between find-card commands while no card is present (must be ≤ 250 ms).
 */

const BAUD = 115200;
const ITERATIONS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

function waitFor<T>(
  subscribe: (resolve: (value: T) => void) => () => void,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let off = () => {};
    const timer = setTimeout(() => {
      off();
      reject(new Error(`bench: no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    off = subscribe((value) => {
      clearTimeout(timer);
      off();
      resolve(value);
    });
  });
}

export default (async (): Promise<BenchResult[]> => {
  const running = await startIdCardSimulator({ baudRate: BAUD, emulateWireTime: true });
  const sim = running.simulator;
  const reader = createSerialIdCardReader({ path: running.hostPath ?? '', baudRate: BAUD });
  const exchanges: SimulatorExchange[] = [];
  sim.on('exchange', (e) => exchanges.push(e));
  try {
    reader.start();
    if (reader.status !== 'connected') {
      await waitFor<void>(
        (done) => reader.on('status', (s) => s === 'connected' && done()),
        5000,
        'connection',
      );
    }

    // Polling interval: find-card requests with no card present.
    exchanges.length = 0;
    await new Promise((r) => setTimeout(r, 2000));
    const finds = exchanges.filter((e) => e.command === 'findCard').map((e) => e.requestAt);
    const intervals = finds.slice(1).map((t, i) => t - (finds[i] ?? t));

    const ratios: number[] = [];
    const measured: number[] = [];
    const wire: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      exchanges.length = 0;
      const card = waitFor<CardReadEvent>((done) => reader.on('card', done), 5000, 'card');
      sim.present(i % 2 ? 'resident' : 'foreigner-2023');
      const event = await card;
      const found = exchanges.find((e) => e.command === 'findCard' && e.sw3 === 0x9f);
      if (!found) throw new Error('bench: no card-found reply recorded');
      const elapsed = event.timing.deliveredAt - found.repliedAt;
      const wireMs = (event.timing.selectAndReadBytes * 10 * 1000) / BAUD;
      measured.push(elapsed);
      wire.push(wireMs);
      ratios.push(elapsed / wireMs);
      const removed = waitFor<void>((done) => reader.on('removed', done), 5000, 'removal');
      sim.remove();
      await removed;
    }

    const ratio = median(ratios);
    const pollP95 = percentile(intervals, 95);
    return [
      {
        name: 'idcard-read: card found → card event / select+read wire time',
        unit: 'ms median',
        measured: median(measured),
        baseline: median(wire),
        ratio,
        target: '≤ 1.2',
        pass: ratio <= 1.2,
        notes: `${ITERATIONS} reads over a socat pty at ${BAUD} baud (simulator paces bytes); ratios ${ratios.map((r) => r.toFixed(3)).join(' ')}`,
      },
      {
        name: 'idcard-read: find-card polling interval (p95) / 250 ms',
        unit: 'ms p95',
        measured: pollP95,
        baseline: 250,
        ratio: pollP95 / 250,
        target: '≤ 1.0 (poll at least every 250 ms)',
        pass: intervals.length > 0 && pollP95 <= 250,
        notes: `median ${median(intervals).toFixed(1)} ms, max ${Math.max(...intervals).toFixed(1)} ms over ${intervals.length} intervals (configured 200 ms)`,
      },
    ];
  } finally {
    await reader.stop();
    await running.close();
  }
}) satisfies BenchModule;
