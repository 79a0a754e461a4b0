import { networkInterfaces } from 'node:os';

/** The kiosk's first non-internal IPv4 address and its MAC, for the 9001 sign-in (fallbacks for loopback-only hosts). */
export function hostAddress(): { ip: string; mac: string } {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) return { ip: a.address, mac: a.mac };
    }
  }
  return { ip: '127.0.0.1', mac: '00:00:00:00:00:00' };
}
