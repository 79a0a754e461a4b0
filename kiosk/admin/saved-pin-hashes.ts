import { readFileSync } from 'node:fs';
import type { PinHashes } from './admin-sessions';

const PIN_HASH = /^scrypt\$/;

/**
 * The PIN hashes as the settings file holds them now: `npm run admin -- set-pin` rewrites that file while the
 * kiosk may be running, and the next unlock must see the new PIN. `base` (the demo's development PIN) fills
 * a role the file has none for; the hashes at start are kept if the file cannot be read just now.
 */
export function savedPinHashes(configPath: string, base: PinHashes, atStart: PinHashes): () => PinHashes {
  let last: PinHashes = { ...base, ...atStart };
  return () => {
    try {
      const file = JSON.parse(readFileSync(configPath, 'utf8')) as { admin?: { pinHashes?: unknown } };
      const saved = file.admin?.pinHashes;
      const hashes: PinHashes = {};
      if (typeof saved === 'object' && saved !== null) {
        for (const role of ['technician', 'backOffice'] as const) {
          const h = (saved as Record<string, unknown>)[role];
          if (typeof h === 'string' && PIN_HASH.test(h)) hashes[role] = h;
        }
      }
      last = { ...base, ...hashes };
    } catch {
      // No file (a kiosk started on defaults) or a write caught half-way: keep what was in force.
    }
    return last;
  };
}
