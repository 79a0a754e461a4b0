import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskHandlers } from '../api/kiosk-api';
import type { SimHandlers } from '../api/sim-api';
import type { KioskMode, Settings } from '../config/settings-schema';
import { loadCodeTables } from '../config/load-code-tables';
import { createMsgidAllocator } from '../db/msgid-allocator';
import { codeOf } from '../domain/codes/code-tables';
import { Outbox } from '../db/outbox';
import { resealLegacyColumns } from '../db/reseal-legacy-columns';
import { scheduleRetention } from '../db/retention-schedule';
import { parseUtcOffset } from '../domain/business-date';
import { loadOrCreateKey } from '../security/cipher';
import { DEFAULT_MAINTENANCE } from '../sync/maintenance-window';
import { queryInsuredStatus, type InsuredQuery } from '../sync/resident-lookups';
import { SyncWorker } from '../sync/sync-worker';
import type { RunningDemo } from './demo/start-demo';
import { EventBus } from './event-bus';
import { gateAdminHandlers } from '../api/admin-gate';
import { composeAdmin } from './admin/compose-admin';
import { savedPinHashes } from './admin/saved-pin-hashes';
import { createKioskHandlers } from './handlers';
import { HandwritingService } from './handwriting/handwriting-service';
import { ZinniaRecognizer } from './handwriting/zinnia-recognizer';
import { createKioskLog, type KioskLog } from './logging/kiosk-log';
import { logFilesReader } from './logging/log-reader';
import { StaffCalls } from '../db/staff-calls';
import { DeliveryAttempts } from '../db/delivery-attempts';
import { IdentityFocus } from './identity-focus';
import { openCaseDatabaseOrStandIn, refuseNewCases } from './out-of-service';
import { CaseService } from './services/case-service';
import { createIdentityService } from './services/identity-service';
import { PhotoService } from './services/photo-service';
import { PrintService } from './services/print-service';
import { connectProvince } from './services/province-connection';
import { LiveProvince } from './services/live-province';
import { QueryService } from './services/query-service';
import { createScannerService } from './services/scanner-service';
import { SessionIdentities } from './services/session-identities';
import { SessionRegistry } from './session-registry';
import { composeTechnician } from './technician/compose-technician';
import { DeviceHealth } from './technician/device-health';

export type RunningKiosk = Readonly<{
  mode: KioskMode;
  handlers: KioskHandlers;
  /** The simulator controls (SimApi): demo mode only; null in production, so no transport can serve them. */
  sim: SimHandlers | null;
  events: EventBus;
  /** Wipes every open resident session (the shell calls it when the renderer crashed or hung). */
  wipeSessions(): Promise<number>;
  /**
   * The structured, redacted file log (<dataDir>/logs); the core process routes console output into it.
   * Optional so that wrappers of a remote kiosk (which has its log in the core) fit this type too.
   */
  log?: KioskLog;
  close(): Promise<void>;
}>;

const RETENTION_EVERY_MS = 60 * 60_000;

/**
 * The composition of every Node-side service (devices, case store, sync) behind the KioskApi handlers, plus in
 * demo mode the simulators. Electron's main process and the browser host both call this and nothing else, so
 * the kiosk runs identically with or without Electron.
 */
export async function startKiosk(
  settings: Settings,
  shell: 'electron' | 'browser-host',
  /** The settings file admin mode saves to (loadSettings' configPath; default `<dataDir>/settings.json`). */
  configPath: string = join(settings.dataDir, 'settings.json'),
): Promise<RunningKiosk> {
  // A new kiosk's data folder (the database, photos, the demo province's database) is made on first start.
  mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 });
  const demo = await loadDemo(settings);
  try {
    return await compose(settings, shell, demo, configPath);
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
  configPath: string,
): Promise<RunningKiosk> {
  const codes = loadCodeTables(settings.codeTables);
  const log = createKioskLog({ dir: join(settings.dataDir, 'logs') });
  const focus = new IdentityFocus();
  const events = new EventBus(() => focus.current);
  const sessions = new SessionRegistry();
  // Refuses to start when the key file or its folder is readable by others (security/private-file.ts).
  const key = loadOrCreateKey(settings.keys.dataKeyPath);
  // A damaged database file is kept as it is, and the kiosk runs out of service on a stand-in: no case taken.
  const { db, outOfService } = openCaseDatabaseOrStandIn(join(settings.dataDir, 'kiosk.sqlite'));
  if (outOfService) log.error(`out of service, no case is taken: ${outOfService.detail}`);
  resealLegacyColumns(db, key);
  const tzOffsetMinutes = parseUtcOffset(settings.utcOffset);

  const referenced = db.prepare('SELECT 1 FROM materials WHERE photo_id = ?');
  const isReferenced = (id: string): boolean => referenced.get(id) !== undefined;
  const photos = new PhotoService(settings, key, sessions, isReferenced);
  // Out of service, the stand-in references no photo: a sweep would delete the photos of the kept file's cases.
  if (!outOfService) await photos.vault.sweep({ liveSessionIds: new Set(), isReferenced });

  let worker: SyncWorker | null = null;
  // Sign-ins and reads take msgids from the same persisted sequence as the cases' messages.
  const allocatorFor = (s: Settings) =>
    createMsgidAllocator(db, s.terminal.serviceCode, Date.now, tzOffsetMinutes, s.terminal.slot);
  // Replaced when a technician changes the service-point code or slot (reconnect below).
  let allocator = allocatorFor(settings);
  const allocateMsgid = () => allocator();
  const connect = (s: Settings) => connectProvince(s, allocateMsgid, demo?.province ?? null);
  // Everything below holds live.client, which always reaches the connection in force (reconnect below).
  const live = new LiveProvince(connect(settings));
  const province = live.client;
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
  const attempts = new DeliveryAttempts(db);
  const staffCalls = new StaffCalls(db);
  worker = new SyncWorker({
    outbox: new Outbox(db, key),
    province,
    photos: photos.vault,
    insured: lookup,
    maxAttempts: settings.sync.maxAttempts,
    pollPendingReviewMs: settings.sync.reviewPollSeconds * 1000,
    tzOffsetMinutes,
    log: (e) => {
      attempts.record(e); // each one shows in the back-office ledger
      if (e.kind !== 'sent') console.warn(`sync ${e.kind}${e.caseId ? ` ${e.caseId}` : ''}: ${e.detail}`);
    },
    maintenance: maintenance.enabled
      ? {
          start: maintenance.start,
          end: maintenance.end,
          restartSpreadMs: DEFAULT_MAINTENANCE.restartSpreadMs,
        }
      : null,
  });
  // Out of service there is nothing to send, and retention must not purge photos the kept file refers to.
  if (!outOfService) worker.start();
  const sync = worker;
  const retention = outOfService
    ? { stop: () => undefined }
    : scheduleRetention({
        db,
        photos: photos.vault,
        retentionMs: settings.retention.days * 86_400_000,
        everyMs: RETENTION_EVERY_MS,
        log: (e) => console.warn(`retention ${e.kind}: ${e.detail}`),
      });

  // The device drivers are built by the technician's composition, which can rebuild any of them live.
  const health = new DeviceHealth(undefined, (device, code, detail) =>
    log.warn(`device ${device} ${code}: ${detail}`),
  );
  const technician = await composeTechnician({
    settings,
    configPath,
    events,
    health,
    factories: {
      identity: (s) =>
        createIdentityService(
          s,
          events,
          (sessionId, person) =>
            identities.identify(sessionId, person, codeOf(codes, 'cert_type', person.docKind)),
          demo?.idcardPath ?? null,
          (code, detail) => health.recordError('idcard', code, detail),
        ),
      scanner: (s) => createScannerService(s, events, demo?.scanner ?? null),
      printer: (s) => new PrintService(s, events, demo?.printer ?? null),
    },
    simulators: {
      idcard: demo?.idcardPath != null,
      scanner: demo?.scanner != null,
      printer: demo?.printer != null,
    },
    connect,
    // Identity, endpoint and secrets take effect as saved: new cases are numbered under the new identity and
    // the sync worker's next call goes to the new endpoint, signed with the new secrets.
    reconnect: (s) => {
      const next = connect(s);
      allocator = allocatorFor(s);
      cases.store.reidentify({
        fixmedinsCode: s.terminal.serviceCode,
        countyCode: s.terminal.countyCode,
        terminalSlot: s.terminal.slot,
      });
      live.replace(next);
      sync.wake();
    },
    // Called only once the kiosk runs, so the admin composition below exists by then.
    audit: (entry) => admin.audit.append(entry),
  });
  const identity = technician.live.identity;
  const printer = technician.live.printer;
  const queries = new QueryService(province, sessions, identities, codes);
  const recognizer = new ZinniaRecognizer();
  if (recognizer.problem) log.warn(`handwriting unavailable: ${recognizer.problem}`);
  void recognizer.warm();

  const admin = composeAdmin({
    db,
    settings,
    // Re-read at every unlock: a PIN set with `npm run admin -- set-pin` works without a restart.
    pinHashes: savedPinHashes(configPath, demo?.adminPinHashes ?? {}, settings.admin.pinHashes),
    logs: logFilesReader(log.dir),
    office: {
      store: cases.store,
      key,
      syncStatus: () => sync.status(),
      wakeWorker: () => sync.wake(),
      reconcile: (q) => province.reconcile(q),
      staffCalls,
      maintenance: maintenance.enabled
        ? { start: maintenance.start, end: maintenance.end, restartSpreadMs: 0 }
        : null,
      tz: tzOffsetMinutes,
    },
    warn: (m) => log.warn(m),
    kioskId: () => technician.file.current.terminal.id,
  });
  const served: KioskHandlers = {
    ...createKioskHandlers({
      settings,
      // Devices, identity and endpoint all apply live: app.info shows what is in force.
      currentSettings: () => technician.file.current,
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
      handwriting: new HandwritingService(recognizer),
      staffCalls,
    }),
    ...admin.handlers,
    ...gateAdminHandlers(technician.handlers, admin.sessions),
  };
  const handlers = outOfService ? refuseNewCases(served, outOfService) : served;
  return {
    mode: settings.mode,
    handlers,
    sim: demo?.sim ?? null,
    events,
    wipeSessions: async () => sessions.endAll(),
    log,
    async close() {
      retention.stop();
      admin.close();
      await worker?.stop();
      await Promise.allSettled([technician.close(), recognizer.close()]);
      await demo?.close();
      db.close();
    },
  };
}
