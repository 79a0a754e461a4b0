import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { defaultSettings } from '../../config/defaults';
import { loadCodeTables } from '../../config/load-code-tables';
import { createMsgidAllocator } from '../../db/msgid-allocator';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import { Outbox } from '../../db/outbox';
import type { IdentityPerson } from '../../flows/identity';
import type { CaseSubmission } from '../../flows/wizard-types';
import { CaseService } from '../../kiosk/services/case-service';
import { SessionIdentities } from '../../kiosk/services/session-identities';
import { SessionRegistry } from '../../kiosk/session-registry';
import { PhotoVault } from '../../media/photo-vault';
import { ProvincialClient, type ProvincialClientSettings } from '../../sync/provincial-client';
import { queryInsuredStatus } from '../../sync/resident-lookups';
import { SyncWorker } from '../../sync/sync-worker';
import { filingSubmission } from './filing-submission';
import { assertProjectNode } from './project-node';
import { TEST_KEY } from './test-cases';

/**
 * A kiosk core process for the kill -9 suite (tests/reliability/kill-nine/): the real CaseService, PhotoVault,
 * SQLite case store and SyncWorker on one data directory, wired and swept at start-up as kiosk/start-kiosk.ts
 * does (start-kiosk itself also starts devices, the host and, in demo mode, an embedded province, which would
 * die with this process; here the province is the test's own simulator, outside).
 *
 * Usage: node --import tsx tests/support/kiosk-burst-child.ts <dataDir> <client-settings.json> burst <cases>
 *        node --import tsx tests/support/kiosk-burst-child.ts <dataDir> <client-settings.json> restart <retries.json>
 *
 * burst: submits <cases> 临时异地就医 filings one after another (each with a photographed 承诺书 page of its own
 * session) while the worker drains, then waits until every case is settled. restart: retries the submissions
 * the last process had in flight (as the resident's renderer would, same idempotency key), then drains to the
 * end. Lines on stdout: `submitting {json}` before a submit, `returned <key> <受理编号>` once it has returned,
 * `retry-refused <key> <message>`, `drained` at the end. Pipes are written synchronously on Linux, so a line
 * the parent read was written before any later kill.
 */
assertProjectNode('the kill -9 kiosk child');

/** The simulator's seeded resident-insured person (province-sim/persons.ts), as her ID card reads. */
const CARD_HOLDER: IdentityPerson = {
  source: 'idcard',
  name: '陈秀英',
  gender: 'female',
  nation: '01',
  birthDate: '1958-03-15',
  idNumber: '440981195803150427',
  docKind: 'resident',
  address: '广东省茂名市高州市人民路1号',
  validUntil: 'long-term',
};

type InFlight = Readonly<{ sessionId: string; key: string; submission: CaseSubmission }>;

const [dataDir, settingsPath, mode, arg] = process.argv.slice(2) as [string, string, string, string];
const client = JSON.parse(readFileSync(settingsPath, 'utf8')) as ProvincialClientSettings;
const base = defaultSettings(dataDir, join(dataDir, 'keys'));
const settings = {
  ...base,
  terminal: {
    ...base.terminal,
    id: client.devNo,
    name: client.terminalName,
    serviceCode: client.fixmedinsCode,
    serviceName: client.fixmedinsName,
    countyCode: client.mdtrtareaAdmvs,
  },
};
const db = openKioskDatabase(join(dataDir, 'kiosk.sqlite'));
const vault = new PhotoVault({ dir: join(dataDir, 'photos'), key: TEST_KEY });
const referenced = db.prepare('SELECT 1 FROM materials WHERE photo_id = ?');
await vault.sweep({ liveSessionIds: new Set(), isReferenced: (id) => referenced.get(id) !== undefined });

const allocateMsgid = createMsgidAllocator(db, client.fixmedinsCode);
const province = new ProvincialClient(client, { allocateMsgid });
const lookup = (q: Parameters<typeof queryInsuredStatus>[1]) => queryInsuredStatus(province, q);
const sessions = new SessionRegistry();
const identities = new SessionIdentities(sessions, lookup);
const clock = { t: Date.now(), virtual: mode === 'restart' };
const worker = new SyncWorker({
  outbox: new Outbox(db, TEST_KEY),
  province,
  photos: vault,
  insured: lookup,
  maintenance: null,
  concurrency: 1,
  // After a restart, backoff waits pass at once: the suite is about what is delivered, not when.
  now: () => (clock.virtual ? clock.t : Date.now()),
});
const cases = new CaseService({
  db,
  key: TEST_KEY,
  settings,
  codes: loadCodeTables('contract-default'),
  vault,
  sessions,
  identities,
  lookup,
  onCommitted: () => undefined,
});
const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function submit(sessionId: string, key: string, submission: CaseSubmission): Promise<void> {
  identities.identify(sessionId, CARD_HOLDER, '01');
  try {
    const r = await cases.submit(sessionId, submission, key);
    say(`returned ${key} ${r.acceptNo}`);
  } catch (e) {
    say(`retry-refused ${key} ${String(e).replace(/\s+/g, ' ')}`);
  }
}

async function drainToEnd(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await worker.drainOnce();
    if (worker.nextWakeAt() === null) return;
    if (clock.virtual) clock.t += 3_600_000;
    else await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the worker did not finish');
}

say('ready');
if (mode === 'burst') {
  const count = Number(arg);
  const jpeg = await sharp({ create: { width: 300, height: 412, channels: 3, background: '#ffffff' } })
    .jpeg()
    .toBuffer();
  let submitting = true;
  const draining = (async () => {
    while (submitting) {
      await worker.drainOnce();
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  for (let i = 0; i < count; i++) {
    const sessionId = `s-${randomUUID()}`;
    identities.identify(sessionId, CARD_HOLDER, '01');
    const photo = await vault.put(jpeg, { sessionId });
    const submission = filingSubmission(
      CARD_HOLDER,
      { photoId: photo.id, sha256: photo.sha256, thumbnail: '' },
      'filing-emergency',
    );
    const key = randomUUID();
    say(`submitting ${JSON.stringify({ sessionId, key, submission } satisfies InFlight)}`);
    const r = await cases.submit(sessionId, submission, key);
    say(`returned ${key} ${r.acceptNo}`);
  }
  submitting = false;
  await draining;
  await drainToEnd();
} else if (mode === 'restart') {
  const retries = JSON.parse(readFileSync(arg, 'utf8')) as InFlight[];
  for (const r of retries) await submit(r.sessionId, r.key, r.submission);
  await drainToEnd();
} else {
  throw new Error(`unknown mode ${mode}`);
}
db.close();
say('drained');
