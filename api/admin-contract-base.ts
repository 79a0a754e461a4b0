import { z } from 'zod';

/** What every admin contract shares (api/admin-contract.ts explains the convention). */

export const ADMIN_ROLES = ['technician', 'backOffice'] as const;
export const AdminRole = z.enum(ADMIN_ROLES);
export type AdminRole = z.infer<typeof AdminRole>;

/** 32 random bytes, base64url: what `adminGate.unlock` hands out; only the Node side knows what it stands for. */
export const AdminToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not an admin token');
export type AdminToken = z.infer<typeof AdminToken>;

/** Which roles may call a method, by its prefix; null: not an admin method. */
export const ADMIN_PREFIX_ROLES = {
  admin: ['technician', 'backOffice'],
  office: ['backOffice'],
  tech: ['technician'],
} as const satisfies Record<string, ReadonlyArray<AdminRole>>;
export type AdminPrefix = keyof typeof ADMIN_PREFIX_ROLES;

export function rolesForMethod(method: string): ReadonlyArray<AdminRole> | null {
  const prefix = method.slice(0, method.indexOf('.'));
  return Object.hasOwn(ADMIN_PREFIX_ROLES, prefix) ? ADMIN_PREFIX_ROLES[prefix as AdminPrefix] : null;
}

export const isAdminMethodName = (method: string): boolean => rolesForMethod(method) !== null;

/** The arguments every admin method starts from: `WithAdminToken.extend({...})`. */
export const WithAdminToken = z.object({ adminToken: AdminToken }).strict();

/** An admin PIN as typed on the pad. */
export const AdminPin = z.string().regex(/^\d{4,12}$/, 'must be 4 to 12 digits');

export const ExportEncoding = z.enum(['utf8-bom', 'gb18030']);
export type ExportEncoding = z.infer<typeof ExportEncoding>;
/** A folder to export to (e.g. a mounted USB drive): absolute, no parent steps. */
export const ExportFolder = z
  .string()
  .min(1)
  .max(500)
  .refine((p) => p.startsWith('/') && !p.split('/').includes('..'), 'must be an absolute folder path');
