import { z } from 'zod';
import {
  AdminPin,
  AdminRole,
  AdminToken,
  WithAdminToken,
  ExportEncoding,
  ExportFolder,
} from './admin-contract-base';
import { officeContract } from './office-contract';

export * from './admin-contract-base';

/**
 * Admin mode's part of the one KioskApi contract (merged into kioskContract in api/contract.ts, so both
 * transports carry it with schemas like every other method).
 *
 * The convention every admin method follows, enforced on the Node side by api/admin-gate.ts:
 * - `admin.*`  any admin role (lock/exit, status, audit view/export, log viewer);
 * - `office.*` the back-office role (sync health, case ledger, resend/resolve, reconciliation);
 * - `tech.*`   the technician role (device settings, self-tests, kiosk identity and endpoint);
 * and every such method's arguments carry `adminToken`, the token `adminGate.unlock` gave. The gate methods
 * themselves (`adminGate.*`) are the only way in and need no token.
 */

export const AdminGateStatus = z.object({
  /** Roles with a PIN set; a role without one cannot unlock ("admin mode is disabled until a PIN is set"). */
  enabled: z.object({ technician: z.boolean(), backOffice: z.boolean() }),
  /** Epoch ms until which admin mode is locked after too many wrong PINs; null when not locked. */
  lockedUntil: z.number().nullable(),
});
export type AdminGateStatus = z.infer<typeof AdminGateStatus>;

export const AdminUnlockResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    adminToken: AdminToken,
    role: AdminRole,
    /** The admin session ends after this long without an admin call (settings admin.idleSeconds). */
    idleSeconds: z.number().int().positive(),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['wrong-pin', 'locked', 'disabled']),
    /** wrong-pin: tries left before the lock. */
    attemptsLeft: z.number().int().nonnegative().optional(),
    /** locked: until when (epoch ms). */
    lockedUntil: z.number().optional(),
  }),
]);
export type AdminUnlockResult = z.infer<typeof AdminUnlockResult>;

const Nothing = z.object({});

export const AuditRowSchema = z.object({
  id: z.number().int(),
  at: z.number(),
  role: z.string(),
  action: z.string(),
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditRowView = z.infer<typeof AuditRowSchema>;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export const LogLevel = z.enum(LOG_LEVELS);
export type LogLevel = z.infer<typeof LogLevel>;
export const LogEntrySchema = z.object({
  time: z.number(),
  level: LogLevel,
  msg: z.string(),
  /** Further fields of the record (already redacted when written). */
  fields: z.record(z.string(), z.unknown()),
});
export type LogEntryView = z.infer<typeof LogEntrySchema>;

/** The way in (no token) and what any admin role may do. */
export const adminCoreContract = {
  'adminGate.status': { args: z.object({}).strict(), result: AdminGateStatus },
  'adminGate.unlock': {
    args: z.object({ role: AdminRole, pin: AdminPin }).strict(),
    result: AdminUnlockResult,
  },
  /** 退出管理模式: ends the admin session (the token is dead from now on). */
  'admin.lock': { args: WithAdminToken, result: Nothing },
  /** Who this token is; also keeps the admin session alive (any admin call does). */
  'admin.session': {
    args: WithAdminToken,
    result: z.object({ role: AdminRole, idleSeconds: z.number().int().positive() }),
  },
  /** The audit log, newest first, and whether its hash chain is intact. */
  'admin.audit.list': {
    args: WithAdminToken.extend({
      limit: z.number().int().min(1).max(500).default(100),
      beforeId: z.number().int().positive().optional(),
    }).strict(),
    result: z.object({
      rows: z.array(AuditRowSchema),
      chain: z.object({ intact: z.boolean(), rows: z.number().int(), problem: z.string().nullable() }),
    }),
  },
  /** The whole audit log as CSV into a folder (e.g. a USB drive). */
  'admin.audit.export': {
    args: WithAdminToken.extend({
      folder: ExportFolder,
      encoding: ExportEncoding.default('utf8-bom'),
    }).strict(),
    result: z.object({ path: z.string(), rows: z.number().int() }),
  },
  /** The kiosk's log files, newest first, filtered. */
  'admin.log.read': {
    args: WithAdminToken.extend({
      minLevel: LogLevel.default('info'),
      from: z.number().optional(),
      to: z.number().optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }).strict(),
    result: z.object({ entries: z.array(LogEntrySchema) }),
  },
} as const;

/** Every admin-mode method; a technician contract (tech.*) is spread in here next to the others. */
export const adminContract = { ...adminCoreContract, ...officeContract } as const;
