import type { KioskHandlers } from '../api/kiosk-api';
import { KioskApiError } from '../api/result';
import { CaseDatabaseUnusableError, openCaseDatabase } from '../db/open-case-database';
import { openKioskDatabase } from '../db/open-kiosk-database';
import type { Db } from '../db/sqlite';

/**
 * Why this kiosk takes no new case although it runs. Today one reason: the case database file at start was
 * damaged or not a database (db/open-case-database.ts). `detail` (the path and SQLite's words) is for staff:
 * the log and the admin screens show it; residents are told only that the kiosk is out of service.
 */
export type OutOfService = Readonly<{ reason: 'case-database-unusable'; detail: string }>;

export type OpenedCaseDatabase = Readonly<{ db: Db; outOfService: OutOfService | null }>;

/**
 * The case database, or — when the file cannot be used — an empty stand-in in memory, so the kiosk still
 * starts (admin mode, the technician's screens, the log, the 暂停服务 home screen) while it takes no case.
 * The file itself is never written, moved or deleted: staff recover the cases in it, or restore a backup.
 * What the stand-in holds (admin lockout, audit rows of this run, staff calls) is lost at the next start;
 * the log keeps the record of this run.
 */
export function openCaseDatabaseOrStandIn(path: string): OpenedCaseDatabase {
  try {
    return { db: openCaseDatabase(path), outOfService: null };
  } catch (error) {
    if (!(error instanceof CaseDatabaseUnusableError)) throw error;
    return {
      db: openKioskDatabase(':memory:'),
      outOfService: { reason: 'case-database-unusable', detail: error.message },
    };
  }
}

const REFUSED_WHILE_OUT_OF_SERVICE = ['identity.start', 'photo.accept', 'case.submit'] as const;

/**
 * The handlers of a kiosk out of service: a session cannot begin (identity.start), take a photo or submit a
 * case (refused 'unavailable' with details.reason 'out-of-service', which the confirm screen words as
 * 暂停服务); app.info tells the home screen, office.health tells staff why. Everything else (admin mode, the
 * technician's device screens, the log viewer, 呼叫工作人员) works as usual.
 */
export function refuseNewCases(handlers: KioskHandlers, why: OutOfService): KioskHandlers {
  const refuse = async (): Promise<never> => {
    throw new KioskApiError('unavailable', `this kiosk is out of service: ${why.detail}`, {
      reason: 'out-of-service',
    });
  };
  const refused = Object.fromEntries(REFUSED_WHILE_OUT_OF_SERVICE.map((m) => [m, refuse]));
  return {
    ...handlers,
    ...refused,
    'app.info': async (args) => ({
      ...(await handlers['app.info'](args)),
      outOfService: { reason: why.reason },
    }),
    'office.health': async (args) => ({
      ...(await handlers['office.health'](args)),
      outOfService: { reason: why.reason, detail: why.detail },
    }),
  };
}
