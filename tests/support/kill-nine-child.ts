import { readFileSync } from 'node:fs';
import { CaseStore } from '../../db/case-store';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import { Outbox } from '../../db/outbox';
import { TEST_KEY } from './test-cases';
import { ProvincialClient, type ProvincialClientSettings } from '../../sync/provincial-client';
import { SyncWorker } from '../../sync/sync-worker';
import { queryInsuredStatus } from '../../sync/resident-lookups';
import { FIXTURE_PHOTOS } from './worker-harness';
import { assertProjectNode } from './project-node';

/**
 * Child process of the kill -9 test: opens the kiosk database and drains it to the simulator until it is
 * killed. Usage: node --import tsx tests/support/kill-nine-child.ts <kiosk.sqlite> <client-settings.json>
 */
assertProjectNode('the kill -9 child');
const [dbPath, settingsPath] = process.argv.slice(2) as [string, string];
const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as ProvincialClientSettings;
const db = openKioskDatabase(dbPath);
const store = new CaseStore(db, {
  key: TEST_KEY,
  fixmedinsCode: settings.fixmedinsCode,
  countyCode: settings.mdtrtareaAdmvs,
});
const client = new ProvincialClient(settings, { allocateMsgid: store.allocateMsgid });
const worker = new SyncWorker({
  outbox: new Outbox(db, TEST_KEY),
  province: client,
  photos: FIXTURE_PHOTOS,
  insured: (q) => queryInsuredStatus(client, q),
  maintenance: null,
  concurrency: 1,
});
process.stdout.write('ready\n');
for (;;) {
  await worker.drainOnce();
  await new Promise((r) => setTimeout(r, 20));
}
