import type { LogEntryView, LogLevel } from '../../api/admin-contract';
import type { AdminHandler, AdminMethod } from '../../api/admin-gate';
import type { KioskHandlers } from '../../api/kiosk-api';
import type { AdminSessions } from './admin-sessions';
import type { AuditLog } from './audit-log';
import { encodeCsv, toCsv, writeExportFile } from './csv-file';
import { fileStamp } from './file-stamp';

/** What the log viewer reads (kiosk/logging/log-reader.ts). */
export interface LogSource {
  read(
    q: Readonly<{ minLevel: LogLevel; from?: number; to?: number; limit: number }>,
  ): Promise<Array<LogEntryView>>;
}

export type AdminCoreMethod = Extract<AdminMethod, `admin.${string}`>;
export type AdminCoreHandlers = { [M in AdminCoreMethod]: AdminHandler<M> };

/** The way in: no token needed, nothing behind it but the PIN check and the lockout. */
export function createAdminGateHandlers(
  sessions: AdminSessions,
): Pick<KioskHandlers, 'adminGate.status' | 'adminGate.unlock'> {
  return {
    'adminGate.status': async () => sessions.status(),
    'adminGate.unlock': async ({ role, pin }) => sessions.unlock(role, pin),
  };
}

/** What any admin role may do; runs behind gateAdminHandlers (the caller is verified). */
export function createAdminCoreHandlers(deps: {
  sessions: AdminSessions;
  audit: AuditLog;
  logs: LogSource | null;
  now?: () => number;
}): AdminCoreHandlers {
  const now = deps.now ?? Date.now;
  return {
    'admin.lock': async ({ adminToken }) => {
      deps.sessions.end(adminToken);
      return {};
    },
    'admin.session': async (_args, caller) => ({ role: caller.role, idleSeconds: deps.sessions.idleSeconds }),
    'admin.audit.list': async ({ limit, beforeId }) => ({
      rows: deps.audit.list(limit, beforeId),
      chain: deps.audit.verify(),
    }),
    'admin.audit.export': async ({ folder, encoding }, caller) => {
      const rows = deps.audit.all();
      const csv = toCsv([
        ['id', 'time', 'role', 'action', 'target', 'before', 'after'],
        ...rows.map((r) => [
          r.id,
          new Date(r.at).toISOString(),
          r.role,
          r.action,
          r.target,
          JSON.stringify(r.before),
          JSON.stringify(r.after),
        ]),
      ]);
      const path = writeExportFile(folder, `audit-${fileStamp(now())}.csv`, encodeCsv(csv, encoding));
      deps.audit.append({
        role: caller.role,
        action: 'admin.audit.export',
        target: path,
        after: { rows: rows.length },
      });
      return { path, rows: rows.length };
    },
    'admin.log.read': async ({ minLevel, from, to, limit }) => ({
      entries: deps.logs
        ? await deps.logs.read({
            minLevel,
            limit,
            ...(from !== undefined ? { from } : {}),
            ...(to !== undefined ? { to } : {}),
          })
        : [],
    }),
  };
}
