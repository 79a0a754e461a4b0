import type { FieldError, ResponseEnvelope } from './province-types';

/**
 * What one call to the province came to. The worker and the UI branch on `kind`:
 * - ok: infcode 0;
 * - refused: infcode -1 from the province's own rules (validation or business), with its Chinese reasons;
 * - retryable: nothing reliable came back (network, timeout, 5xx, 429/503, unreadable body): send the same
 *   msgid again later, after `retryAfterMs` when the province said so;
 * - auth: the gateway refused our credentials (HTTP 401): retrying will not help until settings change.
 */
export type RetryReason =
  'network' | 'timeout' | 'server-error' | 'throttled' | 'unavailable' | 'bad-response';

export type CallResult<T> =
  | { kind: 'ok'; output: T; infRefmsgid: string; response: ResponseEnvelope }
  | { kind: 'refused'; errMsg: string; errors: ReadonlyArray<FieldError>; response: ResponseEnvelope }
  | { kind: 'retryable'; reason: RetryReason; httpStatus?: number; retryAfterMs?: number; detail: string }
  | { kind: 'auth'; httpStatus: number; detail: string };

export type NotOk = Exclude<CallResult<never>, { kind: 'ok' }>;
