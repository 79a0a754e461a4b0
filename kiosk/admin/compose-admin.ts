import type { AdminRole } from '../../api/admin-contract';
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
import { AdminSessions, type AdminSessionEvent } from './admin-sessions';
import { AuditLog, auditAdminActionFor, type AuditAdminAction } from './audit-log';

export type AdminMode = Readonly<{
  sessions: AdminSessions;
  audit: AuditLog;
  /** Records an admin action (technician and back-office handlers call it; redaction is inside). */
  auditAdminAction: AuditAdminAction;
  /** adminGate.* and admin.*, the latter already behind the role gate. */
  handlers: Pick<KioskHandlers, 'adminGate.status' | 'adminGate.unlock' | AdminCoreMethod>;
}>;

/**
 * Admin mode's Node side: sessions (PIN, lockout, idle end), the audit log and the handlers any admin role
 * reaches. `pinHashes`: the settings' hashes, or in demo mode those plus the development PIN (kiosk/demo/).
 */
export function composeAdmin(o: {
  db: Db;
  settings: Settings;
  pinHashes: Partial<Record<AdminRole, string>>;
  logs: LogSource | null;
  warn: (message: string) => void;
  now?: () => number;
}): AdminMode {
  const now = o.now ?? Date.now;
  const audit = new AuditLog(o.db, now);
  const sessions = new AdminSessions({
    pinHashes: o.pinHashes,
    lockout: new AdminLockout(o.db),
    idleSeconds: o.settings.admin.idleSeconds,
    now,
    onEvent: (e) => audit.append(auditEntryOf(e)),
  });
  const missing = (['technician', 'backOffice'] as const).filter((r) => !o.pinHashes[r]);
  if (missing.length > 0)
    o.warn(
      `admin mode is disabled until a PIN is set (${missing.join(', ')}): npm run admin -- set-pin <role>`,
    );
  return {
    sessions,
    audit,
    auditAdminAction: auditAdminActionFor(audit),
    handlers: {
      ...createAdminGateHandlers(sessions),
      ...gateAdminHandlers(createAdminCoreHandlers({ sessions, audit, logs: o.logs, now }), sessions),
    },
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
