import type { AdminRole } from '../../api/admin-contract';
import { hashPin } from '../../security/pin-hash';

/**
 * The documented development PIN (README, "Admin mode"): in demo mode only, a role whose settings have no PIN
 * hash gets this one, so a newcomer can try admin mode at once. It lives in the demo module, which a
 * production start never loads, so no production kiosk can have it.
 */
export const DEV_ADMIN_PIN = '147258';

export async function devAdminPinHashes(
  configured: Partial<Record<AdminRole, string>>,
): Promise<Partial<Record<AdminRole, string>>> {
  const hash = await hashPin(DEV_ADMIN_PIN);
  return { technician: configured.technician ?? hash, backOffice: configured.backOffice ?? hash };
}
