/**
 * Calls across the renderer/host boundary never throw: they resolve to a result envelope, so an error in the
 * Node side reaches the renderer as data it can translate for the resident, never as a stack trace.
 */
export const API_ERROR_CODES = [
  'bad-request', // arguments failed the contract's schema (the renderer is untrusted)
  'unknown-method',
  'forbidden', // the caller is not the kiosk's own page
  'unavailable', // a device or the province cannot be reached right now
  'not-found',
  'refused', // a business rule said no (details in `details`)
  'internal', // a bug: logged with its stack on the Node side, shown to the resident as a plain apology
  'transport', // the connection between renderer and host failed
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiError = Readonly<{ code: ApiErrorCode; message: string; details?: unknown }>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export const fail = (code: ApiErrorCode, message: string, details?: unknown): ApiResult<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Thrown by a handler to choose the envelope's code; any other thrown error becomes 'internal'. */
export class KioskApiError extends Error {
  override readonly name = 'KioskApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
