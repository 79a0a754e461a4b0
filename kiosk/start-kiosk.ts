import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskHandlers } from '../api/kiosk-api';
import type { SimHandlers } from '../api/sim-api';
import type { KioskMode, Settings } from '../config/settings-schema';
import { loadCodeTables } from '../config/load-code-tables';
import { createMsgidAllocator } from '../db/msgid-allocator';
import { openCaseDatabase } from '../db/open-case-database';
import { codeOf } from '../domain/codes/code-tables';
import { Outbox } from '../db/outbox';
import { resealLegacyColumns } from '../db/reseal-legacy-columns';
import { scheduleRetention } from '../db/retention-schedule';
import { parseUtcOffset } from '../domain/business-date';
import { loadOrCreateKey } from '../security/cipher';
import { queryInsuredStatus, type InsuredQuery } from '../sync/resident-lookups';
import { SyncWorker } from '../sync/sync-worker';
import type { RunningDemo } from './demo/start-demo';
import { EventBus } from './event-bus';
import { createKioskHandlers } from './handlers';
import { IdentityFocus } from './identity-focus';
import { CaseService } from './services/case-service';
import { createIdentityService } from './services/identity-service';
import { PhotoService } from './services/photo-service';
import { PrintService } from './services/print-service';
import { connectProvince } from './services/province-connection';
import { QueryService } from './services/query-service';
import { createScannerService } from './services/scanner-service';
import { SessionIdentities } from './services/session-identities';
import { SessionRegistry } from './session-registry';

export type RunningKiosk = Readonly<{
  mode: KioskMode;
  handlers: KioskHandlers;
  /** The simulator controls (SimApi): demo mode only; null in production, so no transport can serve them. */
  sim: SimHandlers | null;
  events: EventBus;
  /** Wipes every open resident session (the shell calls it when the renderer crashed or hung). */
  wipeSessions(): Promise<number>;
  close(): Promise<void>;
}>;

const RETENTION_EVERY_MS = 60 * 60_000;
const MAINTENANCE_RESTART_SPREAD_MS = 10 * 60_000;

/**
 * The composition of every Node-side service (devices, case store, sync) behind the KioskApi handlers, plus in
 * demo mode the simulators. Electron's main process and the browser host both call this and nothing else, so
 * the kiosk runs identically with or without Electron.
 */
export async function startKiosk(
  settings: Settings,
  shell: 'electron' | 'browser-host',
): Promise<RunningKiosk> {
  // A new kiosk's data folder (the database, photos, the demo province's database) is made on first start.
  mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 });
  const demo = await loadDemo(settings);
  try {
    return await compose(settings, shell, demo);
  } catch (error) {
    await demo?.close();
    throw error;
  }
}

/**
 * Demo mode loads kiosk/demo/ by a dynamic import(), so simulator and province-sim code is never even loaded
 * in production. Settings validation already refused simulators in production; this is the second lock.
 */
async function loadDemo(settings: Settings): Promise<RunningDemo | null> {
  if (settings.mode === 'demo') {
    const { startDemo } = await import('./demo/start-demo');
    return startDemo(settings);
  }
  const { devices, province } = settings;
  if (
    devices.idcard.port === 'simulator' ||
    devices.printer.port === 'simulator' ||
    devices.scanner.mode === 'simulator' ||
    province.url === 'embedded'
  ) {
    throw new Error('production mode cannot run simulated devices or the embedded province');
  }
  return null;
}

async function compose(
  settings: Settings,
  shell: 'electron' | 'browser-host',
  demo: RunningDemo | null,
): Promise<RunningKiosk> {
  const codes = loadCodeTables(settings.codeTables);
  const focus = new IdentityFocus();
  const events = new EventBus(() => focus.current);
  const sessions = new SessionRegistry();
  // Refuses to start when the key file or its folder is readable by others (security/private-file.ts).
  const key = loadOrCreateKey(settings.keys.dataKeyPath);
  // A damaged database stops the start with CaseDatabaseUnusableError (the file kept): no case is taken.
  const db = openCaseDatabase(join(settings.dataDir, 'kiosk.sqlite'));
  resealLegacyColumns(db, key);
  const tzOffsetMinutes = parseUtcOffset(settings.utcOffset);

  const referenced = db.prepare('SELECT 1 FROM materials WHERE photo_id = ?');
  const isReferenced = (id: string): boolean => referenced.get(id) !== undefined;
  const photos = new PhotoService(settings, key, sessions, isReferenced);
  await photos.vault.sweep({ liveSessionIds: new Set(), isReferenced });

  let worker: SyncWorker | null = null;
  // Sign-ins and reads take msgids from the same persisted sequence as the cases' messages.
  const allocateMsgid = createMsgidAllocator(
    db,
    settings.terminal.serviceCode,
    Date.now,
    tzOffsetMinutes,
    settings.terminal.slot,
  );
  const province = connectProvince(settings, allocateMsgid, demo?.province ?? null);
  const lookup = (q: InsuredQuery) => queryInsuredStatus(province, q);
  const identities = new SessionIdentities(sessions, lookup);
  const cases = new CaseService({
    db,
    key,
    settings,
    codes,
    vault: photos.vault,
    sessions,
    identities,
    lookup,
    onCommitted: () => worker?.wake(),
  });
  const { maintenance } = settings.province;
  worker = new SyncWorker({
    outbox: new Outbox(db, key),
    province,
    photos: photos.vault,
    insured: lookup,
    maxAttempts: settings.sync.maxAttempts,
    pollPendingReviewMs: settings.sync.reviewPollSeconds * 1000,
    tzOffsetMinutes,
    log: (e) => {
      if (e.kind !== 'sent') console.warn(`sync ${e.kind}${e.caseId ? ` ${e.caseId}` : ''}: ${e.detail}`);
    },
    maintenance: maintenance.enabled
      ? { start: maintenance.start, end: maintenance.end, restartSpreadMs: MAINTENANCE_RESTART_SPREAD_MS }
      : null,
  });
  worker.start();
  const retention = scheduleRetention({
    db,
    photos: photos.vault,
    retentionMs: settings.retention.days * 86_400_000,
    everyMs: RETENTION_EVERY_MS,
    log: (e) => console.warn(`retention ${e.kind}: ${e.detail}`),
  });

  const identity = await createIdentityService(
    settings,
    events,
    (sessionId, person) => identities.identify(sessionId, person, codeOf(codes, 'cert_type', person.docKind)),
    demo?.idcardPath ?? null,
  );
  const scanner = createScannerService(settings, events, demo?.scanner ?? null);
  const printer = new PrintService(settings, events, demo?.printer ?? null);
  const queries = new QueryService(province, sessions, identities, codes);

  const handlers = createKioskHandlers({
    settings,
    shell,
    sessions,
    focus,
    identity,
    photos,
    cases,
    queries,
    printer,
    identities,
    codes,
  });
  return {
    mode: settings.mode,
    handlers,
    sim: demo?.sim ?? null,
    events,
    wipeSessions: async () => sessions.endAll(),
    async close() {
      retention.stop();
      await worker?.stop();
      await Promise.allSettled([identity.close(), scanner.close(), printer.close()]);
      await demo?.close();
      db.close();
    },
  };
}
