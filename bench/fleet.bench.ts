import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import type { Db } from '../db/sqlite';
import { seededRandom } from '../domain/seeded-random';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import type { CallResult } from '../sync/call-result';
import { DEFAULT_MAINTENANCE } from '../sync/maintenance-window';
import { SyncWorker, type ProvinceSender } from '../sync/sync-worker';
import { FIXTURE_PHOTOS } from '../tests/support/worker-harness';
import type { BenchModule } from './types';

/**
 * 1,000 kiosks after the nightly maintenance window, each with the real SyncWorker (its maintenance pause,
 * restart spread, backoff and failure scopes) over its own outbox database, on one virtual clock from 00:00
 * (inside the window, which ends 00:05) to 00:35. Every kiosk has a backlog (1–6 cases of 1–2 photos,
 * seeded) waiting for the window to end.
 *
 * The province has a capacity: it serves FLEET_CAPACITY requests per second (default 10); every request
 * beyond that in the same second is answered 429 with Retry-After: 1 (the contract's answer to a kiosk that
 * sends too fast), and while it is above half its capacity it answers a seeded 5 % of the requests it does
 * serve 503 with Retry-After: 30 (overload). Otherwise it answers at once (the worst case for bursts).
 *
 * Measured: every request the province receives (served or refused), in 30-second bins over the first
 * 30 minutes after the window ends (00:05–00:35): the peak bin's rate against the mean rate over those 30
 * minutes. Target: peak ≤ 2 × mean. FLEET_SIZE changes the fleet (default 1000), FLEET_CAPACITY the
 * province. The notes say how many 429s and 503s the fleet met, whether any case was parked, and when the
 * last backlog case was delivered.
 */
const BIN_MS = 30_000;
const WINDOW_MS = 30 * 60_000;
const DAY = Date.UTC(2025, 0, 1, 16, 0); // 2025-01-02 00:00 China time
const WINDOW_END = DAY + 5 * 60_000; // DEFAULT_MAINTENANCE ends 00:05
const RETRY_AFTER_429_S = 1;
const RETRY_AFTER_503_S = 30;
const OVERLOAD_503_SHARE = 0.05;

type Kiosk = { db: Db; worker: SyncWorker; wake: number | null };

type Province = {
  sender: ProvinceSender;
  /** Arrival time of every request, served or refused. */
  requests: Array<number>;
  /** Arrival time of the requests served. */
  served: Array<number>;
  refused: { 429: number; 503: number };
  lastServedAt: number;
};

/** The fake province: `capacity` requests served per virtual second, the rest refused as above. */
function provinceWithCapacity(clock: { t: number }, capacity: number, seed: number): Province {
  const rnd = seededRandom(seed);
  const p: Province = {
    sender: null as unknown as ProvinceSender,
    requests: [],
    served: [],
    refused: { 429: 0, 503: 0 },
    lastServedAt: 0,
  };
  let second = -1;
  let inSecond = 0;
  const answer = <T>(output: T): Promise<CallResult<T>> => {
    p.requests.push(clock.t);
    const s = Math.floor(clock.t / 1000);
    if (s !== second) {
      second = s;
      inSecond = 0;
    }
    inSecond++;
    if (inSecond > capacity) {
      p.refused[429]++;
      return Promise.resolve({
        kind: 'retryable',
        reason: 'throttled',
        httpStatus: 429,
        retryAfterMs: RETRY_AFTER_429_S * 1000,
        detail: 'HTTP 429',
      });
    }
    if (inSecond > capacity / 2 && rnd() < OVERLOAD_503_SHARE) {
      p.refused[503]++;
      return Promise.resolve({
        kind: 'retryable',
        reason: 'unavailable',
        httpStatus: 503,
        retryAfterMs: RETRY_AFTER_503_S * 1000,
        detail: 'HTTP 503',
      });
    }
    p.lastServedAt = clock.t;
    p.served.push(clock.t);
    return Promise.resolve({
      kind: 'ok',
      output,
      infRefmsgid: 'R',
      response: { infcode: 0, inf_refmsgid: 'R', refmsg_time: '', respond_time: '', err_msg: '', output: {} },
    });
  };
  p.sender = {
    upload: () => answer({ file_qury_no: 'F', filename: 'f.jpg', dld_endtime: '' }),
    submit: () => answer({ trt_dcla_detl_sn: 'SN', acp_stas: '1' }),
    caseStatus: () => answer({ trt_dcla_detl_sn: 'SN', acp_stas: '1', rejt_rea: '', upd_time: '' }),
  };
  return p;
}

function buildFleet(size: number, spreadMs: number, province: Province, clock: { t: number }): Array<Kiosk> {
  const rnd = seededRandom(size * 31 + spreadMs);
  const kiosks: Array<Kiosk> = [];
  for (let i = 0; i < size; i++) {
    const db = openKioskDatabase(':memory:');
    db.pragma('synchronous = OFF');
    const store = new CaseStore(db, {
      key: TEST_KEY,
      fixmedinsCode: 'H44090200001',
      countyCode: '440902',
      now: () => clock.t - 3_600_000,
    });
    const backlog = 1 + Math.floor(rnd() * 6);
    for (let c = 0; c < backlog; c++) store.submitCase(filingCase(`k${i}c${c}`, 1 + Math.floor(rnd() * 2)));
    const worker = new SyncWorker({
      outbox: new Outbox(db, TEST_KEY),
      province: province.sender,
      photos: FIXTURE_PHOTOS,
      // The backlog's cases carry their 参保地: the fleet's province is never asked 1101.
      insured: () => Promise.reject(new Error('fleet: no 1101 expected')),
      now: () => clock.t,
      random: seededRandom(i + 1),
      maintenance: { ...DEFAULT_MAINTENANCE, restartSpreadMs: spreadMs },
    });
    kiosks.push({ db, worker, wake: worker.nextWakeAt(clock.t) });
  }
  return kiosks;
}

/** Peak 30-second bin and mean over the 30 minutes after the window, in requests per second. */
function peakAndMean(times: ReadonlyArray<number>): { peak: number; mean: number; total: number } {
  const bins = Array.from({ length: WINDOW_MS / BIN_MS }, () => 0);
  for (const t of times) {
    const b = Math.floor((t - WINDOW_END) / BIN_MS);
    if (b >= 0 && b < bins.length) bins[b] = (bins[b] ?? 0) + 1;
  }
  const total = bins.reduce((a, b) => a + b, 0);
  return { peak: Math.max(...bins) / (BIN_MS / 1000), mean: total / (WINDOW_MS / 1000), total };
}

type FleetRun = {
  peak: number;
  mean: number;
  servedPeak: number;
  servedMean: number;
  total: number;
  refused: Province['refused'];
  parked: number;
  queued: number;
  lastServedMin: number;
};

async function run(size: number, spreadMs: number, capacity: number): Promise<FleetRun> {
  const clock = { t: DAY };
  const province = provinceWithCapacity(clock, capacity, size + spreadMs);
  const kiosks = buildFleet(size, spreadMs, province, clock);
  const end = WINDOW_END + WINDOW_MS;
  let parked = 0;
  while (clock.t < end) {
    for (const k of kiosks) {
      if (k.wake !== null && k.wake <= clock.t) {
        parked += (await k.worker.drainOnce()).parked;
        k.wake = k.worker.nextWakeAt();
      }
    }
    clock.t += 1000;
  }
  const queued = kiosks.reduce((n, k) => n + k.worker.status().queued, 0);
  for (const k of kiosks) k.db.close();
  const all = peakAndMean(province.requests);
  const served = peakAndMean(province.served);
  return {
    ...all,
    servedPeak: served.peak,
    servedMean: served.mean,
    refused: province.refused,
    parked,
    queued,
    lastServedMin: (province.lastServedAt - WINDOW_END) / 60_000,
  };
}

const bench: BenchModule = async () => {
  const size = Number(process.env.FLEET_SIZE ?? 1000);
  const capacity = Number(process.env.FLEET_CAPACITY ?? 10);
  const r = await run(size, DEFAULT_MAINTENANCE.restartSpreadMs, capacity);
  const delivered = r.parked === 0 && r.queued === 0;
  return [
    {
      name: `fleet of ${size} kiosks, first 30 min after the maintenance window, province at ${capacity} req/s with 429/503: peak vs mean request rate`,
      unit: 'req/s',
      measured: r.peak,
      baseline: r.mean,
      ratio: r.peak / r.mean,
      target: '≤ 2',
      pass: r.peak / r.mean <= 2 && delivered,
      notes:
        `30 s bins over 00:05–00:35 (restart spread ${DEFAULT_MAINTENANCE.restartSpreadMs / 60_000} min), ` +
        `${r.total} requests received, of them ${r.refused[429]} answered 429 and ${r.refused[503]} 503; ` +
        `served requests alone: peak ${r.servedPeak.toFixed(1)} / mean ${r.servedMean.toFixed(2)} req/s ` +
        `(${(r.servedPeak / r.servedMean).toFixed(2)}×); last backlog request served ${r.lastServedMin.toFixed(1)} min after the window; ` +
        `${r.parked} cases parked, ${r.queued} still queued at 00:35`,
    },
  ];
};

export default bench;
