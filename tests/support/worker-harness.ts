import { CaseStore } from '../../db/case-store';
import type { SqliteDriver } from '../../db/driver/index';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import { Outbox } from '../../db/outbox';
import type { Db } from '../../db/sqlite';
import { jpegFor, TEST_KEY } from './test-cases';
import type { Harness } from './contract-harness';
import type { PhotoSource } from '../../sync/photo-source';
import { ProvincialClient } from '../../sync/provincial-client';
import { SyncWorker, type SyncWorkerOptions } from '../../sync/sync-worker';
import { queryInsuredStatus } from '../../sync/resident-lookups';

/** Photos regenerated from their id (test fixtures use jpegFor(photoId)); never missing. */
export const FIXTURE_PHOTOS: PhotoSource = {
  readJpeg: async (photoId) => jpegFor(photoId),
  remove: async () => undefined,
};

export type KioskUnderTest = {
  db: Db;
  store: CaseStore;
  outbox: Outbox;
  client: ProvincialClient;
  worker: SyncWorker;
  clock: { t: number };
  close(): void;
};

/** A kiosk (database, store, client, worker with a virtual clock) wired to a harness simulator. Tests only. */
export function openKiosk(
  h: Harness,
  dbPath: string,
  worker: Partial<SyncWorkerOptions> = {},
  clock = { t: Date.now() },
  driver?: SqliteDriver,
): KioskUnderTest {
  const db = openKioskDatabase(dbPath, driver);
  const store = new CaseStore(db, {
    key: TEST_KEY,
    fixmedinsCode: h.settings.fixmedinsCode,
    countyCode: h.settings.mdtrtareaAdmvs,
    now: () => clock.t,
  });
  const outbox = new Outbox(db, TEST_KEY);
  const client = new ProvincialClient(h.settings, { allocateMsgid: store.allocateMsgid });
  const w = new SyncWorker({
    outbox,
    province: client,
    photos: FIXTURE_PHOTOS,
    insured: (q) => queryInsuredStatus(client, q),
    now: () => clock.t,
    random: () => 0.5,
    maintenance: null,
    ...worker,
  });
  return { db, store, outbox, client, worker: w, clock, close: () => db.close() };
}
