import { gateAdminHandlers } from '../../api/admin-gate';
import type { KioskHandlers } from '../../api/kiosk-api';
import type { Settings } from '../../config/settings-schema';
import type { Db } from '../../db/sqlite';
import {
  createAdminCoreHandlers,
  createAdminGateHandlers,
  type AdminCoreMethod,
  type LogSource,
} from './admin-handlers';
import { AdminLockout } from './admin-lockout';
import { AdminSessions, type AdminSessionEvent, type PinHashes } from './admin-sessions';
import { AuditLog, auditAdminActionFor, type AuditAdminAction } from './audit-log';
import type { CaseStore } from '../../db/case-store';
import type { StaffCalls } from '../../db/staff-calls';
import type { MaintenanceWindow } from '../../sync/maintenance-window';
import type { SyncStatus } from '../../sync/sync-worker';
import { scheduleDailyReconcile } from './office/daily-reconcile';
import { LedgerView } from './office/ledger-view';
import { createOfficeHandlers, type OfficeMethod } from './office/office-handlers';
import { zz04Listing } from './office/reconcile';
import { ReconcileService } from './office/reconcile-service';

/** ZZ04 as the provincial client offers it. */
export type ReconcileRequest = Parameters<typeof zz04Listing>[0];

/** What the back-office part needs from the kiosk's composition. */
export type OfficeParts = Readonly<{
  store: CaseStore;
  key: Buffer;
  syncStatus: () => SyncStatus;
  wakeWorker: () => void;
  reconcile: ReconcileRequest;
  staffCalls: StaffCalls;
  maintenance: MaintenanceWindow | null;
  tz: number;
}>;

export type AdminMode = Readonly<{
  sessions: AdminSessions;
  audit: AuditLog;
  /** Records an admin action (technician and back-office handlers call it; redaction is inside). */
  auditAdminAction: AuditAdminAction;
  /** adminGate.*, admin.* and office.*, the latter two behind the role gate. */
  handlers: Pick<KioskHandlers, 'adminGate.status' | 'adminGate.unlock' | AdminCoreMethod | OfficeMethod>;
  /** Stops the daily reconciliation. */
  close(): void;
}>;

/**
 * Admin mode's Node side: sessions (PIN, lockout, idle end), the audit log, the handlers any admin role
 * reaches and the back-office ones (ledger, resend/resolve, reconciliation and its daily run).
 * `pinHashes`: the settings' hashes, or in demo mode those plus the development PIN (kiosk/demo/).
 * Technician handlers (tech.*) join the same way: `gateAdminHandlers(createTechHandlers(...), sessions)`,
 * recording their actions with `auditAdminAction`.
 */
export function composeAdmin(o: {
  db: Db;
  settings: Settings;
  /** Asked at every unlock (saved-pin-hashes.ts), so a PIN set while the kiosk runs works at once. */
  pinHashes: PinHashes | (() => PinHashes);
  logs: LogSource | null;
  office: OfficeParts;
  warn: (message: string) => void;
  /** The terminal id in force (default: the one of `settings`, fixed). */
  kioskId?: () => string;
  now?: () => number;
}): AdminMode {
  const now = o.now ?? Date.now;
  const kioskId = o.kioskId ?? (() => o.settings.terminal.id);
  const audit = new AuditLog(o.db, now);
  const sessions = new AdminSessions({
    pinHashes: o.pinHashes,
    lockout: new AdminLockout(o.db),
    idleSeconds: o.settings.admin.idleSeconds,
    now,
    onEvent: (e) => audit.append(auditEntryOf(e)),
  });
  const atStart = typeof o.pinHashes === 'function' ? o.pinHashes() : o.pinHashes;
  const missing = (['technician', 'backOffice'] as const).filter((r) => !atStart[r]);
  if (missing.length > 0)
    o.warn(
      `admin mode is disabled until a PIN is set (${missing.join(', ')}): npm run admin -- set-pin <role>`,
    );
  const auditAdminAction = auditAdminActionFor(audit);
  const { office } = o;
  const view = new LedgerView(o.db, office.store, office.key);
  const reconcile = new ReconcileService({
    db: o.db,
    view,
    listing: zz04Listing(office.reconcile),
    kioskId,
    tz: office.tz,
    now,
  });
  const daily = scheduleDailyReconcile({
    db: o.db,
    run: async (from, to) => {
      const report = await reconcile.run(from, to, 'daily');
      auditAdminAction('system', 'office.reconcile.daily', `${from}..${to}`, { after: report.counts });
    },
    window: office.maintenance,
    tz: office.tz,
    now,
    log: o.warn,
  });
  const officeHandlers = createOfficeHandlers({
    store: office.store,
    view,
    syncStatus: office.syncStatus,
    wakeWorker: office.wakeWorker,
    reconcile,
    staffCalls: office.staffCalls,
    audit: auditAdminAction,
    kioskId,
    tz: office.tz,
    now,
  });
  return {
    sessions,
    audit,
    auditAdminAction,
    handlers: {
      ...createAdminGateHandlers(sessions),
      ...gateAdminHandlers(createAdminCoreHandlers({ sessions, audit, logs: o.logs, now }), sessions),
      ...gateAdminHandlers(officeHandlers, sessions),
    },
    close: () => daily.stop(),
  };
}

function auditEntryOf(e: AdminSessionEvent) {
  switch (e.kind) {
    case 'unlocked':
      return { role: e.role, action: 'admin.unlock', target: e.adminSessionId };
    case 'wrong-pin':
      return {
        role: e.role,
        action: 'admin.unlock.wrong-pin',
        target: 'admin mode',
        after: { failures: e.failures },
      };
    case 'locked':
      return {
        role: e.role,
        action: 'admin.locked-out',
        target: 'admin mode',
        after: { until: new Date(e.until).toISOString() },
      };
    case 'ended':
      return {
        role: e.role,
        action: e.why === 'idle' ? 'admin.idle-end' : 'admin.exit',
        target: e.adminSessionId,
      };
  }
}
