import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import type { ProvinceCase } from './case-review';
import { buildCodeTables, loadCodeTablesFile, type CodeTables } from './contract-codes';
import { CALL_SERVICE_PATH } from './contract-types';
import { SHANGHAI_OFFSET_MINUTES } from './local-time';
import { CONTRACT_MAINTENANCE, inMaintenance, maintenanceEnd } from './maintenance';
import { ProvinceCore, type Outcome } from './province-core';
import { DEFAULT_QR_SECRET } from './qr-code';
import { seedRegistry } from './registry';
import { seededRandom } from './seeded-random';
import { openSimDatabase, type Db } from './sim-database';
import { SIM_MIGRATIONS } from './sim-migrations';
import {
  DEFAULT_REVIEW,
  NO_FAULTS,
  type Faults,
  type Review,
  type SimClient,
  type SimulatorOptions,
} from './sim-settings';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type ReceivedEntry = Readonly<{
  seq: number;
  at: number;
  msgid: string;
  infno: string;
  httpStatus: number | null;
  outcome:
    Outcome | 'too-large' | 'outage' | 'maintenance' | 'throttled' | 'server-error' | 'hung' | 'duplicate';
  infcode: number | null;
  /** True when the answer was cut off on purpose (dropResponseRate). */
  dropped: boolean;
}>;

/** A case the simulated province holds, with the submitted data parsed. */
export type HeldCase = Omit<ProvinceCase, 'data'> & { data: Record<string, unknown> };

/** Run-time control of the simulator, in-process (also served as POST/GET /__control). */
export type SimulatorControl = {
  faults(): Faults;
  setFaults(patch: Partial<Faults>): Faults;
  review(): Review;
  setReview(patch: Partial<Review>): Review;
  /** The next `count` ZZ01/ZZ02 submissions get a business refusal with `reason` (a reviewer's 退回). */
  refuseNextSubmissions(count: number, reason?: string): void;
  /** Shifts the simulator's clock (QR expiry, review delays, sign-in midnight). */
  setClockOffset(ms: number): void;
  now(): number;
  /** Every sign_no lapses now (the next message gets 签到信息已失效，请重新签到). */
  expireSignIns(): void;
  /** What reached the simulator, oldest first, optionally after a sequence number. */
  received(afterSeq?: number): Array<ReceivedEntry>;
  clearReceived(): void;
  /** ZZ01/ZZ02 cases held (seeded 备案 excluded). */
  cases(): Array<HeldCase>;
  /** The code tables in force (defaults, or as a code-table file replaced them). */
  codeTables(): CodeTables;
  addClient(client: SimClient): void;
  /** Faults and review back to the start-up settings, clock offset 0. */
  reset(): void;
  readonly db: Db;
};

export type RunningSimulator = Readonly<{
  url: string;
  port: number;
  control: SimulatorControl;
  close(): Promise<void>;
}>;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The provincial simulator: its own HTTP server (loopback, port 0 by default) and its own SQLite database,
 * implementing the whole contract, with fault injection. Embedded mode: the kiosk's `npm start` calls this
 * in-process; `province-sim/cli.ts` runs it as its own process.
 */
export async function startProvinceSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const codes = buildCodeTables({
    ...(options.codeTablesFile ? loadCodeTablesFile(options.codeTablesFile) : {}),
    ...options.codeTables,
  });
  const db = openSimDatabase(options.dbPath, SIM_MIGRATIONS);
  const baseNow = options.now ?? Date.now;
  let offset = 0;
  const now = (): number => baseNow() + offset;
  const tz = options.tzOffsetMinutes ?? SHANGHAI_OFFSET_MINUTES;
  const window = options.maintenanceWindow === undefined ? CONTRACT_MAINTENANCE : options.maintenanceWindow;
  const initialFaults: Faults = { ...NO_FAULTS, ...options.faults };
  const initialReview: Review = { ...DEFAULT_REVIEW, ...options.review };
  let faults = { ...initialFaults };
  let review = { ...initialReview };
  const clients: Array<SimClient> = [...options.clients];
  const random = seededRandom(options.seed ?? 20240601);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  seedRegistry(db, now());
  const refusals: string[] = [];
  const core = new ProvinceCore({
    db,
    clients: () => clients,
    admdvs: options.admdvs ?? '440000',
    tz,
    qrSecret: options.qrSecret ?? DEFAULT_QR_SECRET,
    now,
    review: () => review,
    codes,
    takeSubmissionRefusal: () => {
      const next = refusals.shift();
      return next ?? null;
    },
  });

  const log: Array<ReceivedEntry> = [];
  let seq = 0;
  const record = (e: Omit<ReceivedEntry, 'seq' | 'at'>): void => {
    log.push({ seq: ++seq, at: now(), ...e });
    if (log.length > 100_000) log.splice(0, log.length - 100_000);
  };

  const control: SimulatorControl = {
    refuseNextSubmissions: (count, reason = '材料照片不清晰，请重新拍照后提交') => {
      refusals.splice(0, refusals.length, ...Array.from({ length: count }, () => reason));
    },
    faults: () => ({ ...faults }),
    setFaults: (patch) => (faults = { ...faults, ...patch }),
    review: () => ({ ...review }),
    setReview: (patch) => (review = { ...review, ...patch }),
    setClockOffset: (ms) => {
      offset = ms;
    },
    now,
    expireSignIns: () => {
      db.prepare('UPDATE sign_ins SET valid_until = 0').run();
    },
    received: (afterSeq = 0) => log.filter((e) => e.seq > afterSeq),
    clearReceived: () => {
      log.length = 0;
    },
    cases: () =>
      (
        db
          .prepare(`SELECT * FROM cases WHERE dev_no <> 'SEED' ORDER BY recv_time, ref_msgid`)
          .all() as Array<ProvinceCase>
      ).map((c) => ({ ...c, data: JSON.parse(c.data) as Record<string, unknown> })),
    codeTables: () => codes,
    addClient: (c) => {
      clients.push(c);
    },
    reset: () => {
      refusals.length = 0;
      faults = { ...initialFaults };
      review = { ...initialReview };
      offset = 0;
    },
    db,
  };

  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    void route(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Array<Buffer> = [];
    let size = 0;
    let tooLarge = declared > maxBody;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBody) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    }
    return tooLarge ? null : Buffer.concat(chunks);
  }

  function json(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    if (url.pathname === CALL_SERVICE_PATH && req.method === 'POST') return callService(req, res);
    if (url.pathname === '/__control' && req.method === 'GET') {
      return json(res, 200, { faults, review, clockOffsetMs: offset, now: now() });
    }
    if (url.pathname === '/__control' && req.method === 'POST') {
      const body = await readBody(req);
      const cmd = JSON.parse(body?.toString('utf8') || '{}') as {
        faults?: Partial<Faults>;
        review?: Partial<Review>;
        clockOffsetMs?: number;
        action?: 'reset' | 'expire-sign-ins' | 'clear-received';
      };
      if (cmd.action === 'reset') control.reset();
      if (cmd.action === 'expire-sign-ins') control.expireSignIns();
      if (cmd.action === 'clear-received') control.clearReceived();
      if (cmd.faults) control.setFaults(cmd.faults);
      if (cmd.review) control.setReview(cmd.review);
      if (typeof cmd.clockOffsetMs === 'number') control.setClockOffset(cmd.clockOffsetMs);
      return json(res, 200, { faults, review, clockOffsetMs: offset, now: now() });
    }
    if (url.pathname === '/__control/received' && req.method === 'GET') {
      return json(res, 200, control.received(Number(url.searchParams.get('after') ?? 0)));
    }
    if (url.pathname === '/__control/cases' && req.method === 'GET') return json(res, 200, control.cases());
    json(res, 404, { message: 'not found' });
  }

  async function callService(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req);
    const base = { msgid: '', infno: '', infcode: null, dropped: false } as const;
    if (body === null) {
      record({ ...base, httpStatus: 413, outcome: 'too-large' });
      return json(res, 413, { message: 'request body exceeds 10 MiB' });
    }
    const t = now();
    if (faults.maintenanceNow || (window && inMaintenance(window, t, tz))) {
      const until =
        window && !faults.maintenanceNow
          ? maintenanceEnd(window, t, tz)
          : t + faults.unavailableRetryAfterSeconds * 1000;
      record({ ...base, httpStatus: 503, outcome: 'maintenance' });
      return json(
        res,
        503,
        { message: '系统维护中' },
        { 'retry-after': String(Math.max(1, Math.ceil((until - t) / 1000))) },
      );
    }
    if (faults.outage) {
      record({ ...base, httpStatus: 503, outcome: 'outage' });
      return json(
        res,
        503,
        { message: '服务暂不可用' },
        { 'retry-after': String(faults.unavailableRetryAfterSeconds) },
      );
    }
    if (random() < faults.throttleRate) {
      record({ ...base, httpStatus: 429, outcome: 'throttled' });
      return json(
        res,
        429,
        { message: '请求过于频繁' },
        { 'retry-after': String(faults.throttleRetryAfterSeconds) },
      );
    }
    if (random() < faults.serverErrorRate) {
      record({ ...base, httpStatus: 500, outcome: 'server-error' });
      return json(res, 500, { message: '内部错误' });
    }
    if (random() < faults.hangRate) {
      record({ ...base, httpStatus: null, outcome: 'hung' });
      return; // never answered; the socket is destroyed when the client gives up or the simulator closes
    }
    let reply = core.handle(req.headers, body);
    if (random() < faults.duplicateRate) {
      record({
        msgid: reply.msgid,
        infno: reply.infno,
        httpStatus: reply.status,
        outcome: reply.outcome,
        infcode: reply.infcode,
        dropped: false,
      });
      // The network hands the province a second copy; the kiosk sees the answer to that second copy.
      reply = core.handle(req.headers, body, true);
    }
    const dropped = random() < faults.dropResponseRate;
    record({
      msgid: reply.msgid,
      infno: reply.infno,
      httpStatus: reply.status,
      outcome: reply.outcome,
      infcode: reply.infcode,
      dropped,
    });
    if (faults.slowMs > 0) await sleep(faults.slowMs);
    if (dropped) {
      req.socket.destroy();
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(reply.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    control,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      db.close();
    },
  };
}
