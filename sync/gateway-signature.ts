import { createHash, randomBytes } from 'node:crypto';

/**
 * The provincial gateway's request authentication (contract § Transport): x-tif-signature is the lowercase
 * hex SHA-256 of timestamp + paasToken + nonce + timestamp, with the timestamp in whole Unix seconds.
 */
export function gatewaySignature(timestamp: string, paasToken: string, nonce: string): string {
  return createHash('sha256').update(`${timestamp}${paasToken}${nonce}${timestamp}`, 'utf8').digest('hex');
}

export type GatewayHeaders = Readonly<{
  'x-tif-paasid': string;
  'x-tif-timestamp': string;
  'x-tif-nonce': string;
  'x-tif-signature': string;
}>;

/** A 32-char hex nonce: well over the 16 the gateway requires, and never reused in practice. */
export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export function makeGatewayHeaders(
  paasId: string,
  paasToken: string,
  nowMs: number,
  nonce = newNonce(),
): GatewayHeaders {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    'x-tif-paasid': paasId,
    'x-tif-timestamp': timestamp,
    'x-tif-nonce': nonce,
    'x-tif-signature': gatewaySignature(timestamp, paasToken, nonce),
  };
}
