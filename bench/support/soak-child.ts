import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { dispatch, dispatchWithSim } from '../../api/dispatch';
import type { ArgsOf, KioskMethod, ResultOf } from '../../api/contract';
import type { SimArgsOf, SimMethod, SimResultOf } from '../../api/sim-contract';
import type { KioskEvent } from '../../api/events';
import type { IdentityPerson } from '../../flows/identity';
import { filingSubmission } from '../../tests/support/filing-submission';
import { startBenchKiosk, type BenchKiosk } from './bench-kiosk';

/**
 * The soak's measuring process (run by bench/soak.bench.ts as `node --expose-gc --import tsx`, so it can force
 * garbage collection and has a heap of its own): the kiosk's services in-process, resident sessions driven
 * through the real handlers with `dispatch` exactly as the transports call them. Prints one line
 * `SOAK_RESULT {json}` on stdout.
 *
 * Per session: identity.start, sim.presentCard (the simulated reader reads the card over its pty),
 * identity.card event, identity.stop, sim.removeCard, insured.query (1101 to the embedded province), photo.accept
 * (a 个人承诺书 page), and every 50th session case.submit of a 异地长期居住 filing with that page; then session.end.
 */

const WARMUP_SESSIONS = Number(process.env.SOAK_WARMUP ?? 50);
const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 1000);
const SUBMIT_EVERY = 50;
/**
 * The 承诺书 page's size: 600×825 rather than a full 800×1100 page keeps 1,000 sessions within the bench's time
 * budget on a shared 2-core machine (the same calls run; only the pixels are fewer).
 */
const PAGE_WIDTH = Number(process.env.SOAK_PAGE_WIDTH ?? 600);
const PAGE_HEIGHT = Math.round((PAGE_WIDTH * 1100) / 800);
const CARD_ID = 'province:resident-insured';
const CARD_TIMEOUT_MS = 5_000;

export type SoakResult = Readonly<{
  sessions: number;
  warmupSessions: number;
  casesSubmitted: number;
  /** identity.error 'reader-missing' events that the reader recovered from on its own. */
  readerHiccups: number;
  seconds: number;
  before: NodeJS.MemoryUsage;
  halfway: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  msPerStep: Record<string, number>;
  photoBytes: number;
  photoSize: string;
}>;

/** A white A4-ish page with dark "text" bars and a signature stroke, the way the kiosk renders a 承诺书. */
async function promisePage(width: number, height: number): Promise<string> {
  const sx = (v: number) => Math.round((v * width) / 800);
  const sy = (v: number) => Math.round((v * height) / 1100);
  const bar = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#222' } })
      .png()
      .toBuffer();
  const lines = await Promise.all(
    Array.from({ length: 18 }, (_, i) => bar(sx(500 + ((i * 37) % 180)), Math.max(2, sy(14)))),
  );
  const jpeg = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([
      { input: await bar(sx(420), sy(28)), top: sy(80), left: sx(190) },
      ...lines.map((input, i) => ({ input, top: sy(180 + i * 40), left: sx(80) })),
      { input: await bar(sx(220), Math.max(2, sy(6))), top: sy(960), left: sx(500) },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
  return jpeg.toString('base64');
}

async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('soak: run with node --expose-gc');
  // Several rounds with pauses: finalizers and native frees (sharp buffers, closed handles) run in between.
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 150));
  }
  return process.memoryUsage();
}

async function main(): Promise<SoakResult> {
  const dataDir = process.env.SOAK_DATA_DIR;
  const kiosk: BenchKiosk = await startBenchKiosk({ withHost: false, ...(dataDir ? { dataDir } : {}) });
  const stepMs: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      stepMs[step] = (stepMs[step] ?? 0) + performance.now() - t;
    }
  };
  const call = async <M extends KioskMethod>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> =>
    timed(method, async () => {
      const r = await dispatch(kiosk.handlers, method, args);
      if (!r.ok) throw new Error(`soak: ${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value as ResultOf<M>;
    });
  const simCall = async <M extends SimMethod>(method: M, args: SimArgsOf<M>): Promise<SimResultOf<M>> =>
    timed(method, async () => {
      const r = await dispatchWithSim(kiosk.handlers, kiosk.sim, method, args);
      if (!r.ok) throw new Error(`soak: ${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value as SimResultOf<M>;
    });

  try {
    const image = await promisePage(PAGE_WIDTH, PAGE_HEIGHT);
    let submitted = 0;
    let readerHiccups = 0;

    /** 身份认证: the card is read by the real driver over the simulator's pty. */
    const identify = async (n: number): Promise<IdentityPerson> => {
      const sessionId = `soak-${n}`;
      // The card lies on the reader as the screen opens (a resident who was quick), so each session costs one
      // poll rather than a wait for the next 200 ms poll: the count of sessions, not their pace, is the point.
      const card = new Promise<IdentityPerson>((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new Error(`soak: no card read in session ${n}`));
        }, CARD_TIMEOUT_MS);
        const off = kiosk.events.subscribe((e: KioskEvent) => {
          if (e.type === 'identity.card') {
            clearTimeout(timer);
            off();
            resolve(e.person);
          } else if (e.type === 'identity.error' && e.code === 'reader-missing') {
            // A failed probe when the port is reopened: the reader retries after 1 s and then reads the card.
            readerHiccups++;
          } else if (e.type === 'identity.error') {
            clearTimeout(timer);
            off();
            reject(new Error(`soak: identity.error ${e.code} in session ${n}`));
          }
        });
      });
      // It may settle while identity.start is still waiting for the reader; the await below sees the outcome.
      card.catch(() => {});
      await simCall('sim.presentCard', { cardId: CARD_ID });
      const started = await call('identity.start', { sessionId });
      if (started.reader !== 'ok') throw new Error(`soak: reader ${started.reader}`);
      const person = await timed('identity.card (wait)', () => card);
      await call('identity.stop', { sessionId });
      await simCall('sim.removeCard', {});
      return person;
    };

    /** The rest of the visit: 1101, the 承诺书 page, sometimes a case, then the wipe. */
    const finish = async (n: number, person: IdentityPerson): Promise<void> => {
      const sessionId = `soak-${n}`;
      const status = await call('insured.query', { sessionId });
      if (!status.found) throw new Error('soak: the insured person was not found');
      const photo = await call('photo.accept', { sessionId, mime: 'image/jpeg', kind: 'promise', image });
      if (!photo.ok) throw new Error(`soak: promise page refused: ${photo.problem}`);
      if (n % SUBMIT_EVERY === 0) {
        await call('case.submit', {
          sessionId,
          submission: filingSubmission(person, photo.page),
          idempotencyKey: randomUUID(),
        });
        submitted++;
      }
      await call('session.end', { sessionId, reason: 'finished' });
    };

    /**
     * Sessions `from`…`to`, pipelined two deep: while one resident's query and page are processed (CPU), the
     * next one's card is read (the reader spends most of identity.start waiting). Every call of every session
     * still runs, each session's own calls in order; only the wall time shrinks, to fit 1,000 sessions in the
     * bench's time budget.
     */
    const runSessions = async (from: number, to: number): Promise<void> => {
      let person = await identify(from);
      for (let n = from; n <= to; n++) {
        const [, next] = await Promise.all([
          finish(n, person),
          n < to ? identify(n + 1) : Promise.resolve(null),
        ]);
        if (next) person = next;
      }
    };

    await runSessions(1, WARMUP_SESSIONS);
    const before = await settledMemory();
    for (const k of Object.keys(stepMs)) delete stepMs[k];
    const t0 = performance.now();
    const half = WARMUP_SESSIONS + Math.floor(SESSIONS / 2);
    await runSessions(WARMUP_SESSIONS + 1, half);
    // Halfway too: growth that keeps going (a leak) looks different from growth that levels off (warm-up).
    const halfway = await settledMemory();
    await runSessions(half + 1, WARMUP_SESSIONS + SESSIONS);
    const seconds = (performance.now() - t0) / 1000;
    const after = await settledMemory();
    const msPerStep = Object.fromEntries(
      Object.entries(stepMs).map(([k, v]) => [k, Math.round((v / SESSIONS) * 100) / 100]),
    );
    return {
      sessions: SESSIONS,
      warmupSessions: WARMUP_SESSIONS,
      casesSubmitted: submitted,
      readerHiccups,
      seconds,
      before,
      halfway,
      after,
      msPerStep,
      photoBytes: Math.round((image.length * 3) / 4),
      photoSize: `${PAGE_WIDTH}×${PAGE_HEIGHT}`,
    };
  } finally {
    await kiosk.close();
  }
}

process.once('SIGTERM', () => process.exit(143));
main().then(
  (result) => {
    process.stdout.write(`SOAK_RESULT ${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
