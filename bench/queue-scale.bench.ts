import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import type { BenchModule, BenchResult } from './types';

/**
 * Per-operation cost of the queue's two hot operations with 1k and with 100k cases queued: enqueue
 * (submitCase, 1 photo) and next-due (the worker's due() + nextDueAt() pair). Both run with
 * synchronous=OFF here so the figure is the database work, not the disk's fsync jitter (commit.bench.ts
 * measures durability). Rounds alternate between the two queues. Flat means ratio (100k / 1k) near 1; target ≤ 1.5. QUEUE_LARGE shrinks the large
 * queue (default 100000; filling it takes ~20 s).
 */
const OPS_PER_ROUND = 250;
const ROUNDS = 8;

type Queue = { store: CaseStore; outbox: Outbox; close(): void };

function queueOf(size: number): Queue {
  const db = openKioskDatabase(':memory:');
  db.pragma('synchronous = OFF');
  const store = new CaseStore(db, { key: TEST_KEY, fixmedinsCode: 'H44090200001', countyCode: '440902' });
  const template = filingCase('fill', 1);
  db.transaction(() => {
    for (let i = 0; i < size; i++) store.submitCase(template);
  })();
  return { store, outbox: new Outbox(db, TEST_KEY), close: () => db.close() };
}

const template = filingCase('op', 1);
function enqueueRound(q: Queue): number {
  const t = performance.now();
  for (let i = 0; i < OPS_PER_ROUND; i++) q.store.submitCase(template);
  return ((performance.now() - t) * 1000) / OPS_PER_ROUND;
}
function nextDueRound(q: Queue): number {
  const now = Date.now() + 1;
  const t = performance.now();
  for (let i = 0; i < OPS_PER_ROUND; i++) {
    q.outbox.due(now, 16);
    q.outbox.nextDueAt();
  }
  return ((performance.now() - t) * 1000) / OPS_PER_ROUND;
}
const median = (xs: Array<number>): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const bench: BenchModule = async () => {
  const large = Number(process.env.QUEUE_LARGE ?? 100_000);
  const queues = { small: queueOf(1_000), big: queueOf(large) };
  // Alternate rounds between the two queues so both see the same machine load; report medians.
  const times = {
    smallEnq: [] as Array<number>,
    bigEnq: [] as Array<number>,
    smallDue: [] as Array<number>,
    bigDue: [] as Array<number>,
  };
  nextDueRound(queues.small);
  nextDueRound(queues.big);
  for (let r = 0; r < ROUNDS; r++) {
    times.smallDue.push(nextDueRound(queues.small));
    times.bigDue.push(nextDueRound(queues.big));
    times.smallEnq.push(enqueueRound(queues.small));
    times.bigEnq.push(enqueueRound(queues.big));
  }
  queues.small.close();
  queues.big.close();
  const small = { enqueueUs: median(times.smallEnq), nextDueUs: median(times.smallDue) };
  const big = { enqueueUs: median(times.bigEnq), nextDueUs: median(times.bigDue) };
  const result = (name: string, measured: number, baseline: number): BenchResult => ({
    name,
    unit: 'µs/op',
    measured,
    baseline,
    ratio: measured / baseline,
    target: '≤ 1.5 (flat)',
    pass: measured / baseline <= 1.5,
    notes: `${large.toLocaleString('en')} vs 1,000 queued cases; median of ${ROUNDS} alternating rounds of ${OPS_PER_ROUND} operations`,
  });
  return [
    result(`enqueue cost at ${large / 1000}k vs 1k queued`, big.enqueueUs, small.enqueueUs),
    result(`next-due cost at ${large / 1000}k vs 1k queued`, big.nextDueUs, small.nextDueUs),
  ];
};

export default bench;
