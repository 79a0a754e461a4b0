import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SimClient } from './sim-settings';

const NONCE_MEMORY_MS = 10 * 60_000;
const MAX_SKEW_S = 300;

/** Nonces seen in the last 10 minutes (the contract's minimum); a reused one is refused. */
export class NonceMemory {
  readonly #seen = new Map<string, number>();

  /** Records the nonce; false when it was already seen within the memory period. */
  remember(nonce: string, now: number): boolean {
    if (this.#seen.size > 10_000) this.#prune(now);
    const at = this.#seen.get(nonce);
    if (at !== undefined && now - at < NONCE_MEMORY_MS) return false;
    this.#seen.set(nonce, now);
    return true;
  }

  #prune(now: number): void {
    for (const [n, at] of this.#seen) if (now - at >= NONCE_MEMORY_MS) this.#seen.delete(n);
  }
}

/** Contract § Transport: lowercase hex SHA-256 of timestamp + paasToken + nonce + timestamp. */
export function expectedGatewaySignature(timestamp: string, paasToken: string, nonce: string): string {
  return createHash('sha256').update(`${timestamp}${paasToken}${nonce}${timestamp}`, 'utf8').digest('hex');
}

export type GatewayVerdict = { ok: true; client: SimClient } | { ok: false; reason: string };

function header(h: IncomingHttpHeaders, name: string): string {
  const v = h[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** The gateway's checks (contract § Transport): known paasid, timestamp within 300 s, fresh nonce, signature. */
export function checkGateway(
  headers: IncomingHttpHeaders,
  clients: ReadonlyArray<SimClient>,
  nonces: NonceMemory,
  now: number,
): GatewayVerdict {
  const paasId = header(headers, 'x-tif-paasid');
  const ts = header(headers, 'x-tif-timestamp');
  const nonce = header(headers, 'x-tif-nonce');
  const sig = header(headers, 'x-tif-signature');
  const client = clients.find((c) => c.paasId === paasId);
  if (!client) return { ok: false, reason: 'unknown x-tif-paasid' };
  if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'x-tif-timestamp must be whole Unix seconds' };
  if (Math.abs(Number(ts) - now / 1000) > MAX_SKEW_S)
    return { ok: false, reason: 'x-tif-timestamp more than 300 s off' };
  if (nonce.length < 16) return { ok: false, reason: 'x-tif-nonce shorter than 16 characters' };
  if (!/^[0-9a-f]{64}$/.test(sig))
    return { ok: false, reason: 'x-tif-signature must be lowercase hex SHA-256' };
  const expected = expectedGatewaySignature(ts, client.paasToken, nonce);
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(sig)))
    return { ok: false, reason: 'wrong x-tif-signature' };
  if (!nonces.remember(nonce, now)) return { ok: false, reason: 'x-tif-nonce reused' };
  return { ok: true, client };
}
