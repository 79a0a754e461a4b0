import { join } from 'node:path';
import type { KioskHandlers } from '../api/kiosk-api';
import type { Settings } from '../config/settings-schema';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { Outbox } from '../db/outbox';
import { purgeExpired } from '../db/retention';
import { loadOrCreateKey } from '../security/cipher';
import { SyncWorker } from '../sync/sync-worker';
import { EventBus } from './event-bus';
import { createKioskHandlers } from './handlers';
import { CaseService } from './services/case-service';
import { createIdentityService } from './services/identity-service';
import { PhotoService } from './services/photo-service';
import { PrintService } from './services/print-service';
import { connectProvince } from './services/province-connection';
import { QueryService } from './services/query-service';
import { createScannerService } from './services/scanner-service';
import { SessionRegistry } from './session-registry';

export type RunningKiosk = Readonly<{
  handlers: KioskHandlers;
  events: EventBus;
  /** Wipes every open resident session (the shell calls it when the renderer crashed or hung). */
  wipeSessions(): Promise<number>;
  close(): Promise<void>;
}>;

const RETENTION_EVERY_MS = 60 * 60_000;
const MAINTENANCE_RESTART_SPREAD_MS = 10 * 60_000;

/**
 * The composition of every Node-side service (devices, case store, sync, simulators) behind the KioskApi
 * handlers. Electron's main process and the browser host both call this and nothing else, so the kiosk
 * runs identically with or without Electron.
 */
export async function startKiosk(
  settings: Settings,
  shell: 'electron' | 'browser-host',
): Promise<RunningKiosk> {
  const events = new EventBus();
  const sessions = new SessionRegistry();
  const key = loadOrCreateKey(join(settings.dataDir, 'keys', 'data.key'));
  const db = openKioskDatabase(join(settings.dataDir, 'kiosk.sqlite'));

  const photos = new PhotoService(settings, key, sessions);
  const referenced = db.prepare('SELECT 1 FROM materials WHERE photo_id = ?');
  await photos.vault.sweep({
    liveSessionIds: new Set(),
    isReferenced: (id) => referenced.get(id) !== undefined,
  });

  let worker: SyncWorker | null = null;
  const cases = new CaseService(db, key, settings, photos.vault, sessions, () => worker?.wake());
  const province = await connectProvince(settings, cases.store.allocateMsgid);
  const { maintenance } = settings.province;
  worker = new SyncWorker({
    outbox: new Outbox(db, key),
    province: province.client,
    photos: photos.vault,
    maintenance: maintenance.enabled
      ? { start: maintenance.start, end: maintenance.end, restartSpreadMs: MAINTENANCE_RESTART_SPREAD_MS }
      : null,
  });
  worker.start();
  const retention = setInterval(
    () =>
      void purgeExpired(db, photos.vault, {
        now: Date.now(),
        retentionMs: settings.retention.days * 86_400_000,
      }),
    RETENTION_EVERY_MS,
  );
  retention.unref();

  const identity = await createIdentityService(settings, events);
  const scanner = createScannerService(
    settings,
    events,
    () => province.simulator?.control.now() ?? Date.now(),
  );
  const printer = new PrintService(settings, events);
  const queries = new QueryService(province.client, sessions);

  const handlers = createKioskHandlers({
    settings,
    shell,
    sessions,
    identity,
    scanner,
    photos,
    cases,
    queries,
    printer,
    province,
  });
  return {
    handlers,
    events,
    wipeSessions: async () => sessions.endAll(),
    async close() {
      clearInterval(retention);
      await worker?.stop();
      await Promise.allSettled([identity.close(), scanner.close(), printer.close()]);
      await province.close();
      db.close();
    },
  };
}
