import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { CaseSubmission } from '../../flows/wizard-types';
import type { ProvincialClientSettings } from '../../sync/provincial-client';
import { filingSubmission } from './filing-submission';
import { CARD_HOLDER, openKioskCore } from './kiosk-core-parts';
import { assertProjectNode } from './project-node';

/**
 * A kiosk core process for the kill -9 suite (tests/reliability/kill-nine/): the case path of the core
 * (tests/support/kiosk-core-parts.ts) on one data directory, against the test's simulator outside.
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

type InFlight = Readonly<{ sessionId: string; key: string; submission: CaseSubmission }>;

const [dataDir, settingsPath, mode, arg] = process.argv.slice(2) as [string, string, string, string];
const client = JSON.parse(readFileSync(settingsPath, 'utf8')) as ProvincialClientSettings;
const { db, vault, identities, cases, worker, clock } = await openKioskCore(dataDir, client);
// After a restart, backoff waits pass at once: the suite is about what is delivered, not when.
clock.virtual = mode === 'restart';
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
