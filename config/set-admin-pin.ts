import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AdminRole } from '../api/admin-contract';
import { hashPin } from '../security/pin-hash';
import { writeFileAtomic } from './atomic-write';

/**
 * Puts a role's PIN hash into the settings file, keeping every other setting as it was; the file is
 * rewritten atomically (config/atomic-write.ts). Refuses a PIN that is not 4–12 digits or too easy to guess.
 */
export async function setAdminPin(configPath: string, role: AdminRole, pin: string): Promise<void> {
  const problem = weakPinProblem(pin);
  if (problem) throw new Error(problem);
  const file: Record<string, unknown> = existsSync(configPath)
    ? (JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>)
    : {};
  const admin = (typeof file.admin === 'object' && file.admin !== null ? file.admin : {}) as Record<
    string,
    unknown
  >;
  delete admin.pin; // the old plaintext setting, never again
  const pinHashes = (
    typeof admin.pinHashes === 'object' && admin.pinHashes !== null ? admin.pinHashes : {}
  ) as Record<string, unknown>;
  pinHashes[role] = await hashPin(pin);
  admin.pinHashes = pinHashes;
  file.admin = admin;
  const mode = existsSync(configPath) ? statSync(configPath).mode & 0o777 : 0o600;
  writeFileAtomic(configPath, `${JSON.stringify(file, null, 2)}\n`, mode);
}

export function weakPinProblem(pin: string): string | null {
  if (!/^\d{4,12}$/.test(pin)) return 'the PIN must be 4 to 12 digits';
  if (/^(\d)\1+$/.test(pin)) return 'the PIN must not be one digit repeated';
  const digits = [...pin].map(Number);
  const step = (digits[1] ?? 0) - (digits[0] ?? 0);
  if (Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - (digits[i - 1] ?? 0) === step))
    return 'the PIN must not be a run such as 1234 or 4321';
  return null;
}
