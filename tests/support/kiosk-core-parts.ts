import { join } from 'node:path';
import { defaultSettings } from '../../config/defaults';
import { loadCodeTables } from '../../config/load-code-tables';
import { createMsgidAllocator } from '../../db/msgid-allocator';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import { Outbox } from '../../db/outbox';
import type { Db } from '../../db/sqlite';
import type { IdentityPerson } from '../../flows/identity';
import { CaseService } from '../../kiosk/services/case-service';
import { SessionIdentities } from '../../kiosk/services/session-identities';
import { SessionRegistry } from '../../kiosk/session-registry';
import type { PhotoVault } from '../../media/photo-vault';
import { PhotoService } from '../../kiosk/services/photo-service';
import { ProvincialClient, type ProvincialClientSettings } from '../../sync/provincial-client';
import { queryInsuredStatus } from '../../sync/resident-lookups';
import { SyncWorker } from '../../sync/sync-worker';
import { TEST_KEY } from './test-cases';

/** The simulator's seeded resident-insured person (province-sim/persons.ts), as her ID card reads. */
export const CARD_HOLDER: IdentityPerson = {
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

export type KioskCoreParts = Readonly<{
  db: Db;
  vault: PhotoVault;
  sessions: SessionRegistry;
  identities: SessionIdentities;
  cases: CaseService;
  worker: SyncWorker;
  /** `virtual`: the worker's clock is `t` (tests advance it past backoff waits); else the real clock. */
  clock: { t: number; virtual: boolean };
}>;

/**
 * The kiosk core's case path on one data directory — the real CaseService, PhotoVault, SQLite case store and
 * SyncWorker (and the PhotoService's removal of a session's photos when it ends), wired and swept at start-up as kiosk/start-kiosk.ts does — against the province `client`
 * points at (the test's own simulator). start-kiosk itself also starts the devices, the host and, in demo
 * mode, an embedded province that would share the fate of the process under test.
 */
export async function openKioskCore(
  dataDir: string,
  client: ProvincialClientSettings,
): Promise<KioskCoreParts> {
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
  const sessions = new SessionRegistry();
  const referenced = db.prepare('SELECT 1 FROM materials WHERE photo_id = ?');
  const isReferenced = (id: string): boolean => referenced.get(id) !== undefined;
  const { vault } = new PhotoService(settings, TEST_KEY, sessions, isReferenced);
  await vault.sweep({ liveSessionIds: new Set(), isReferenced });
  const allocateMsgid = createMsgidAllocator(db, client.fixmedinsCode);
  const province = new ProvincialClient(client, { allocateMsgid });
  const lookup = (q: Parameters<typeof queryInsuredStatus>[1]) => queryInsuredStatus(province, q);
  const identities = new SessionIdentities(sessions, lookup);
  const clock = { t: Date.now(), virtual: false };
  const worker = new SyncWorker({
    outbox: new Outbox(db, TEST_KEY),
    province,
    photos: vault,
    insured: lookup,
    maintenance: null,
    concurrency: 1,
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
  return { db, vault, sessions, identities, cases, worker, clock };
}
