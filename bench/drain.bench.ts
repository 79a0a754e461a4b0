import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import type { Db } from '../db/sqlite';
import { PhotoVault } from '../media/photo-vault';
import { generateDevCredentials, type DevCredentials } from '../province-sim/dev-credentials';
import { canonicalJson } from '../sync/canonical-json';
import { makeGatewayHeaders } from '../sync/gateway-signature';
import { postJson } from '../sync/http-post';
import { isoDateTime } from '../sync/local-time';
import { CALL_SERVICE_PATH, type RequestEnvelope } from '../sync/province-types';
import { ProvincialClient } from '../sync/provincial-client';
import { queryInsuredStatus } from '../sync/resident-lookups';
import { sm2Sign } from '../sync/sm2-signature';
import { SyncWorker } from '../sync/sync-worker';
import { TEST_SERVICE_POINT } from '../tests/support/contract-harness';
import { filingCase, jpegFor, TEST_KEY } from '../tests/support/test-cases';
import { documentJpeg } from './support/document-jpeg';
import { sealPages, type SealedPage } from './support/sealed-pages';
import { timeSigners } from './support/sign-cost';
import { median } from './support/stats';
import type { BenchModule } from './types';

const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Drain throughput of a backlog through the real outbox + SyncWorker, against a bare client posting the same
 * payloads, already signed, to the same simulator process (its own process, as in production).
 *
 * The backlog: DRAIN_CASES cases (default 1000), each with 2 real pages of about 330 KB sealed in a photo
 * vault on disk as the kiosk stores them (AES-256-GCM files; a pool of DRAIN_PAGE_POOL distinct pages,
 * default 2 × cases up to 2000, shared in turn beyond that). Per case the worker reads and decrypts each
 * page, checks its hash, base64s it, signs and posts a 9101, records the file id, then signs and posts the
 * ZZ02 and records the answer: 3 messages. The bare client posts the same 9101s (the same JPEG bytes) and a
 * ZZ02 of the same case, each envelope built and SM2-signed before its clock starts (the ZZ02s name two file
 * ids uploaded untimed beforehand: the simulator's file ids cannot be known ahead); timed is the HTTP work:
 * gateway headers, POST, reading the answer. Both keep 2 messages in flight.
 *
 * The backlog is drained in DRAIN_ROUNDS rounds (default 4, or one per 250 cases beyond 1,000) per side, alternating ABBA (worker, bare, bare,
 * worker, …), so both meet the same machine weather; throughput is messages over the summed round times.
 * Target: worker ≥ 0.8 × bare. The 10,000-case scale run (not in the default bench):
 * `DRAIN_CASES=10000 npx tsx bench/run-one.ts bench/drain.bench.ts` or `npm run bench:scale`.
 *
 * Signing cost per message (issue 16): DRAIN_SIGN_SAMPLE (default 20) of the messages the bare client signed,
 * evenly spaced (9101s with their pages and ZZ02s), are signed again by the kiosk's signer (sm-crypto-v2) and
 * by the one it replaced (sm-crypto), alternating; the mean per message goes beside the throughput.
 */
const CONCURRENCY = 2;

async function startSimProcess(
  dir: string,
  creds: DevCredentials,
): Promise<{ url: string; child: ChildProcess }> {
  const credsPath = join(dir, 'creds.json');
  writeFileSync(credsPath, JSON.stringify(creds));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, '../province-sim/cli.ts'),
      '--port',
      '0',
      '--db',
      join(dir, 'province.sqlite'),
      '--credentials',
      credsPath,
      '--no-maintenance',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.on('exit', () => reject(new Error('simulator exited')));
  });
  await fetch(`${url}/__control`, { method: 'POST', body: JSON.stringify({ review: { zz02AcpStas: '1' } }) });
  return { url, child };
}

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

type CaseSpec = Readonly<{ tag: string; pages: readonly [SealedPage, SealedPage] }>;

/** The kiosk side: its database on disk, the vault, a signed-in client and the real worker. */
async function openWorkerSide(dir: string, url: string, creds: DevCredentials, vault: PhotoVault) {
  const db: Db = openKioskDatabase(join(dir, 'kiosk.sqlite'));
  const store = new CaseStore(db, {
    key: TEST_KEY,
    fixmedinsCode: TEST_SERVICE_POINT.fixmedinsCode,
    countyCode: '440902',
  });
  const client = new ProvincialClient(
    {
      ...TEST_SERVICE_POINT,
      baseUrl: url,
      paasId: creds.paasId,
      paasToken: creds.paasToken,
      keys: creds.keys,
      ip: '127.0.0.1',
      mac: '00:00:00:00:00:00',
    },
    { allocateMsgid: store.allocateMsgid },
  );
  expect((await client.signIn()).kind === 'ok', 'sign-in');
  const worker = new SyncWorker({
    outbox: new Outbox(db, TEST_KEY),
    province: client,
    photos: vault,
    insured: (q) => queryInsuredStatus(client, q),
    maintenance: null,
    concurrency: CONCURRENCY,
  });
  /** Commits the round's cases (untimed), then drains them all (timed). */
  const round = async (cases: ReadonlyArray<CaseSpec>): Promise<number> => {
    db.transaction(() => {
      for (const c of cases) {
        const base = filingCase(`w-${c.tag}`, 2);
        store.submitCase({
          ...base,
          materials: c.pages.map((p, i) => ({
            photoId: p.id,
            sha256: p.sha256,
            matlType: base.materials[i]?.matlType ?? 'ZZ0206',
          })),
        });
      }
    })();
    const t = performance.now();
    while (worker.nextWakeAt() !== null) {
      const r = await worker.drainOnce();
      expect(r.parked === 0 && r.deferred === 0, `worker ran into trouble: ${JSON.stringify(r)}`);
    }
    return performance.now() - t;
  };
  return { round, close: () => db.close() };
}

/** The bare side: envelopes built and signed ahead, posted with fresh gateway headers. */
/**
 * The messages the bare client signed: all are counted, every `every`-th is kept for the signing-cost figure
 * (keeping all would hold every page's base64 in memory: 8.8 GB at 10,000 cases).
 */
type SignedSample = { every: number; count: number; kept: Array<string> };

async function openBareSide(url: string, creds: DevCredentials, signed: SignedSample) {
  let seq = 0;
  const msgid = (): string => `${TEST_SERVICE_POINT.fixmedinsCode}2099${String(++seq).padStart(14, '0')}`;
  let signNo = '';
  const envelope = (infno: string, input: Record<string, unknown>): string => {
    const message = canonicalJson(input);
    if (signed.count++ % signed.every === 0) signed.kept.push(message);
    const env: RequestEnvelope = {
      infno,
      msgid: msgid(),
      mdtrtarea_admvs: TEST_SERVICE_POINT.mdtrtareaAdmvs,
      insuplc_admdvs: '440981',
      recer_sys_code: 'YBXT',
      dev_no: TEST_SERVICE_POINT.devNo,
      dev_safe_info: '',
      cainfo: sm2Sign(message, creds.keys),
      signtype: 'SM2',
      infver: 'V1.0',
      opter_type: '2',
      opter: TEST_SERVICE_POINT.devNo,
      opter_name: TEST_SERVICE_POINT.terminalName,
      inf_time: isoDateTime(Date.now()),
      fixmedins_code: TEST_SERVICE_POINT.fixmedinsCode,
      fixmedins_name: TEST_SERVICE_POINT.fixmedinsName,
      sign_no: signNo,
      input,
    };
    return JSON.stringify(env);
  };
  const post = async (body: string, what: string): Promise<Record<string, unknown>> => {
    const reply = await postJson(
      `${url}${CALL_SERVICE_PATH}`,
      body,
      { ...makeGatewayHeaders(creds.paasId, creds.paasToken, Date.now()) },
      20_000,
    );
    const parsed = JSON.parse(reply.body) as {
      infcode: number;
      output: Record<string, unknown>;
      err_msg: string;
    };
    expect(parsed.infcode === 0, `bare ${what}: ${parsed.err_msg}`);
    return parsed.output;
  };
  const upload = (jpeg: Buffer, filename: string): string =>
    envelope('9101', {
      fsUploadIn: { in: jpeg.toString('base64'), filename, fixmedins_code: TEST_SERVICE_POINT.fixmedinsCode },
    });
  const signIn = await post(
    envelope('9001', { signIn: { opter_no: TEST_SERVICE_POINT.devNo, mac: '', ip: '127.0.0.1' } }),
    '9001',
  );
  signNo = String((signIn.signinoutb as { sign_no: string }).sign_no);
  signed.count = 0;
  signed.kept.length = 0;
  // File ids for the ZZ02s' att[] (untimed).
  const fileIds: Array<string> = [];
  for (const i of [0, 1])
    fileIds.push(String((await post(upload(jpegFor(`att-${i}`), `att-${i}.jpg`), '9101')).file_qury_no));

  const round = async (cases: ReadonlyArray<CaseSpec>): Promise<number> => {
    const bodies = cases.map((c) => {
      const base = filingCase(`b-${c.tag}`, 2);
      const att = fileIds.map((id, i) => ({
        file_qury_no: id,
        matl_type: base.materials[i]?.matlType ?? '',
      }));
      return [
        ...c.pages.map((p, i) => upload(p.jpeg, `b-${c.tag}-${i + 1}.jpg`)),
        envelope('ZZ02', { data: { ...base.data, att } }),
      ];
    });
    let next = 0;
    const t = performance.now();
    const lane = async (): Promise<void> => {
      while (next < bodies.length) {
        const [u1, u2, zz02] = bodies[next++] as Array<string>;
        await post(u1 as string, '9101');
        await post(u2 as string, '9101');
        await post(zz02 as string, 'ZZ02');
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    return performance.now() - t;
  };
  return { round };
}

const bench: BenchModule = async () => {
  const cases = Number(process.env.DRAIN_CASES ?? 1000);
  // A round's bare envelopes are built (and held) before its clock starts: at most 250 cases a round keeps
  // them to about 330 MB, so the 10,000-case scale run alternates in 40 rounds.
  const rounds = Number(process.env.DRAIN_ROUNDS ?? Math.max(4, Math.ceil(cases / 250)));
  const pool = Number(process.env.DRAIN_PAGE_POOL ?? Math.min(2 * cases, 2000));
  const signSample = Number(process.env.DRAIN_SIGN_SAMPLE ?? 20);
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'zizhu-drain-'));
  const creds = generateDevCredentials();
  const sim = await startSimProcess(dir, creds);
  try {
    const vault = new PhotoVault({ dir: join(dir, 'photos'), key: TEST_KEY });
    const pages = await sealPages(vault, [await documentJpeg(1), await documentJpeg(2)], pool);
    const specs: Array<CaseSpec> = Array.from({ length: cases }, (_, i) => ({
      tag: String(i),
      pages: [pages[(2 * i) % pool] as SealedPage, pages[(2 * i + 1) % pool] as SealedPage],
    }));
    const signed: SignedSample = {
      every: Math.max(1, Math.floor((3 * cases + 2) / signSample)),
      count: 0,
      kept: [],
    };
    const worker = await openWorkerSide(dir, sim.url, creds, vault);
    const bare = await openBareSide(sim.url, creds, signed);
    const ms = { worker: 0, bare: 0 };
    for (let r = 0; r < rounds; r++) {
      const chunk = specs.slice(Math.floor((r * cases) / rounds), Math.floor(((r + 1) * cases) / rounds));
      const order = r % 2 === 0 ? (['worker', 'bare'] as const) : (['bare', 'worker'] as const);
      for (const side of order) ms[side] += await (side === 'worker' ? worker : bare).round(chunk);
    }
    worker.close();
    const messages = cases * 3;
    const measured = messages / (ms.worker / 1000);
    const baseline = messages / (ms.bare / 1000);
    const sample = signed.kept.slice(0, signSample);
    const sign = timeSigners(sample, creds.keys, 3);
    const perMessage = { fresh: mean(sign.fresh), old: mean(sign.old) };
    const signing = `signing per message (mean of ${sample.length} of this run's ${signed.count} messages): new sm-crypto-v2 ${perMessage.fresh.toFixed(2)} ms, old sm-crypto ${perMessage.old.toFixed(2)} ms (${(perMessage.old / perMessage.fresh).toFixed(1)}× slower); new signing is ${((100 * perMessage.fresh * messages) / ms.worker).toFixed(1)}% of the worker's drain time, old would be ${((100 * perMessage.old * messages) / ms.worker).toFixed(1)}%`;
    const pageKb = Math.round(mean(pages.map((p) => p.bytes)) / 1000);
    console.log(`\n  drain: ${measured.toFixed(1)} msg/s vs bare ${baseline.toFixed(1)} msg/s; ${signing}`);
    return [
      {
        name: `sync drain throughput (${cases} cases × 2 sealed ~${pageKb} KB pages) vs bare client posting the same signed payloads`,
        unit: 'msg/s',
        measured,
        baseline,
        ratio: measured / baseline,
        target: '≥ 0.8',
        pass: measured / baseline >= 0.8,
        notes: `worker ${(ms.worker / 1000).toFixed(1)} s, bare ${(ms.bare / 1000).toFixed(1)} s for ${messages} messages each, ${rounds} alternating rounds (ABBA); ${pool} distinct sealed pages in the vault; simulator in its own process; ${signing}`,
      },
      {
        name: `sync drain: SM2 signing cost per message, new (sm-crypto-v2) / old (sm-crypto)`,
        unit: 'ms/msg',
        measured: perMessage.fresh,
        baseline: perMessage.old,
        ratio: perMessage.fresh / perMessage.old,
        target: '≤ 1.0 (new ≤ old)',
        pass: perMessage.fresh <= perMessage.old,
        notes: `${sample.length} of the ${signed.count} messages the bare client signed (9101 with a ~${pageKb} KB page, ZZ02), evenly spaced, each signed once by each, alternating; median new ${median(sign.fresh).toFixed(2)} ms / old ${median(sign.old).toFixed(2)} ms`,
      },
    ];
  } finally {
    sim.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
