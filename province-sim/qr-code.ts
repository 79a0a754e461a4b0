import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The simulator's 医保电子凭证 QR text (the real payload format is not public, domain.md §2):
 * `YBEC01.<psn_no>.<issued unix seconds>.<16 hex HMAC>`. The HMAC keeps random text from decoding; a code is
 * valid for 120 s after it was issued.
 */
export const QR_LIFETIME_MS = 120_000;
export const DEFAULT_QR_SECRET = 'zizhu-province-sim-qr';

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex').slice(0, 16);
}

/** A valid QR text for a registry person (see SEED_PERSONS: those with a psnNo). */
export function makeQrText(
  psnNo: string,
  issuedAtMs: number = Date.now(),
  secret = DEFAULT_QR_SECRET,
): string {
  const body = `YBEC01.${psnNo}.${Math.floor(issuedAtMs / 1000)}`;
  return `${body}.${mac(secret, body)}`;
}

export type ParsedQr = { ok: true; psnNo: string; issuedAtMs: number } | { ok: false };

/** The text exactly as scanned: a scanner's trailing CR or spaces are the kiosk's to strip, not the province's. */
export function parseQrText(text: string, secret = DEFAULT_QR_SECRET): ParsedQr {
  const m = /^(YBEC01\.(\d{1,30})\.(\d{1,12}))\.([0-9a-f]{16})$/.exec(text);
  if (!m) return { ok: false };
  const expected = Buffer.from(mac(secret, m[1] as string));
  const given = Buffer.from(m[4] as string);
  if (!timingSafeEqual(expected, given)) return { ok: false };
  return { ok: true, psnNo: m[2] as string, issuedAtMs: Number(m[3]) * 1000 };
}
