import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseStore } from '../db/case-store';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import { filingCase, jpegFor, TEST_KEY } from '../tests/support/test-cases';
import { generateDevCredentials, type DevCredentials } from '../province-sim/dev-credentials';
import { canonicalJson } from '../sync/canonical-json';
import { TEST_SERVICE_POINT } from '../tests/support/contract-harness';
import { makeGatewayHeaders } from '../sync/gateway-signature';
import { postJson } from '../sync/http-post';
import { isoDateTime } from '../sync/local-time';
import { CALL_SERVICE_PATH, type RequestEnvelope } from '../sync/province-types';
import { ProvincialClient } from '../sync/provincial-client';
import { sm2Sign } from '../sync/sm2-signature';
import { SyncWorker } from '../sync/sync-worker';
import { FIXTURE_PHOTOS } from '../tests/support/worker-harness';
import { queryInsuredStatus } from '../sync/resident-lookups';
import { timeSigners } from './support/sign-cost';
import { median } from './support/stats';
import type { BenchModule } from './types';

const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Drain throughput of a backlog (cases with 2 small photos each: 2 × 9101 + ZZ02 per case) through the real
 * outbox + worker, against a bare client posting the same messages: envelope built and SM2-signed per
 * message (the simulator verifies every cainfo, so any client pays that), gateway headers, HTTP POST — no
 * database, no photo reads, no scheduling. Both keep 2 messages in flight; the simulator runs in its own
 * process, as in production. DRAIN_CASES sets the backlog (default 150; the SPEC's size is 10000).
 * Target: ≥ 0.8.
 *
 * Signing cost per message (issue 16): after the drains, every message the bare client signed in this run (the
 * same 9001, 9101 and ZZ02 inputs the worker signs, photos included) is signed again by the kiosk's signer
 * (sm-crypto-v2, the one the drain used) and by the one it replaced (sm-crypto), alternating, and the mean
 * per message goes beside the throughput. sm2-sign.bench.ts has the same comparison per message size.
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

async function runWorker(
  dir: string,
  url: string,
  creds: DevCredentials,
  cases: number,
): Promise<{ ms: number; messages: number }> {
  const db = openKioskDatabase(join(dir, 'kiosk.sqlite'));
  const store = new CaseStore(db, {
    key: TEST_KEY,
    fixmedinsCode: TEST_SERVICE_POINT.fixmedinsCode,
    countyCode: '440902',
  });
  db.transaction(() => {
    for (let i = 0; i < cases; i++) store.submitCase(filingCase(`w${i}`, 2));
  })();
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
    photos: FIXTURE_PHOTOS,
    insured: (q) => queryInsuredStatus(client, q),
    maintenance: null,
    concurrency: CONCURRENCY,
  });
  const t = performance.now();
  while (worker.nextWakeAt() !== null) {
    const r = await worker.drainOnce();
    expect(r.parked === 0 && r.deferred === 0, `worker ran into trouble: ${JSON.stringify(r)}`);
  }
  const ms = performance.now() - t;
  db.close();
  return { ms, messages: cases * 3 };
}

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

async function runBare(
  url: string,
  creds: DevCredentials,
  cases: number,
  signed: Array<string>,
): Promise<{ ms: number; messages: number }> {
  let seq = 0;
  const msgid = (): string => `${TEST_SERVICE_POINT.fixmedinsCode}2099${String(++seq).padStart(14, '0')}`;
  let signNo = '';
  const post = async (infno: string, input: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const message = canonicalJson(input);
    signed.push(message);
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
    const reply = await postJson(
      `${url}${CALL_SERVICE_PATH}`,
      JSON.stringify(env),
      { ...makeGatewayHeaders(creds.paasId, creds.paasToken, Date.now()) },
      20_000,
    );
    const body = JSON.parse(reply.body) as {
      infcode: number;
      output: Record<string, unknown>;
      err_msg: string;
    };
    expect(body.infcode === 0, `bare ${infno}: ${body.err_msg}`);
    return body.output;
  };
  signNo = String(
    (
      (await post('9001', { signIn: { opter_no: TEST_SERVICE_POINT.devNo, mac: '', ip: '127.0.0.1' } }))
        .signinoutb as { sign_no: string }
    ).sign_no,
  );
  const payloads = Array.from({ length: cases }, (_, i) => ({
    c: filingCase(`b${i}`, 2),
    photos: [jpegFor(`b${i}-p0`), jpegFor(`b${i}-p1`)],
  }));
  let next = 0;
  const t = performance.now();
  const lane = async (): Promise<void> => {
    while (next < payloads.length) {
      const { c, photos } = payloads[next++] as (typeof payloads)[number];
      const att: Array<{ file_qury_no: string; matl_type: string }> = [];
      for (const [i, jpeg] of photos.entries()) {
        const out = await post('9101', {
          fsUploadIn: {
            in: jpeg.toString('base64'),
            filename: `b-${i}.jpg`,
            fixmedins_code: TEST_SERVICE_POINT.fixmedinsCode,
          },
        });
        att.push({ file_qury_no: String(out.file_qury_no), matl_type: c.materials[i]?.matlType ?? '' });
      }
      await post('ZZ02', { data: { ...c.data, att } });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return { ms: performance.now() - t, messages: cases * 3 };
}

const bench: BenchModule = async () => {
  const cases = Number(process.env.DRAIN_CASES ?? 150);
  const dir = mkdtempSync(join(tmpdir(), 'zizhu-drain-'));
  const creds = generateDevCredentials();
  const sim = await startSimProcess(dir, creds);
  try {
    const signed: Array<string> = [];
    const bare = await runBare(sim.url, creds, cases, signed);
    const worker = await runWorker(dir, sim.url, creds, cases);
    const measured = worker.messages / (worker.ms / 1000);
    const baseline = bare.messages / (bare.ms / 1000);
    const sign = timeSigners(signed, creds.keys, 3);
    const perMessage = { fresh: mean(sign.fresh), old: mean(sign.old) };
    const signing = `signing per message (mean of ${signed.length} messages of this run): new sm-crypto-v2 ${perMessage.fresh.toFixed(2)} ms, old sm-crypto ${perMessage.old.toFixed(2)} ms (${(perMessage.old / perMessage.fresh).toFixed(1)}× slower); new signing is ${((100 * perMessage.fresh * worker.messages) / worker.ms).toFixed(1)}% of the worker's drain time, old would be ${((100 * perMessage.old * worker.messages) / worker.ms).toFixed(1)}%`;
    console.log(`\n  drain: ${measured.toFixed(1)} msg/s; ${signing}`);
    return [
      {
        name: `sync drain throughput (${cases} cases × 2 photos) vs bare HTTP client`,
        unit: 'msg/s',
        measured,
        baseline,
        ratio: measured / baseline,
        target: '≥ 0.8',
        pass: measured / baseline >= 0.8,
        notes: `worker ${(worker.ms / 1000).toFixed(1)} s, bare ${(bare.ms / 1000).toFixed(1)} s for ${worker.messages} messages; simulator in its own process; both sign every message (sm-crypto-v2); ${signing}`,
      },
      {
        name: `sync drain: SM2 signing cost per message, new (sm-crypto-v2) / old (sm-crypto)`,
        unit: 'ms/msg',
        measured: perMessage.fresh,
        baseline: perMessage.old,
        ratio: perMessage.fresh / perMessage.old,
        target: '≤ 1.0 (new ≤ old)',
        pass: perMessage.fresh <= perMessage.old,
        notes: `the ${signed.length} messages the drain run signed (9001, 2 × 9101 with photos, ZZ02 per case), each signed once by each, alternating; median new ${median(sign.fresh).toFixed(2)} ms / old ${median(sign.old).toFixed(2)} ms`,
      },
    ];
  } finally {
    sim.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
