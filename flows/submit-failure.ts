/**
 * Why a 确认提交 did not give a 受理编号, as the confirm screen names it to the resident (confirm.submitFailed.*
 * in every language). The KioskApi error codes (api/result.ts API_ERROR_CODES, which a test keeps in step
 * with this list) and the finer reasons the Node side gives in `details.reason` where the plain code would
 * tell the resident the wrong thing (a full disk or a damaged database will not be cured by tapping again).
 */
export const SUBMIT_FAILURE_REASONS = [
  'bad-request',
  'unknown-method',
  'forbidden',
  'unavailable',
  'not-found',
  'refused',
  'internal',
  'transport',
  'disk-full',
  'out-of-service',
] as const;

export type SubmitFailureReason = (typeof SUBMIT_FAILURE_REASONS)[number];

const isReason = (v: unknown): v is SubmitFailureReason =>
  typeof v === 'string' && (SUBMIT_FAILURE_REASONS as readonly string[]).includes(v);

/** The reason of a failed case.submit: `details.reason` when it is one we name, else the error code. */
export function submitFailureReason(code: string, details: unknown): SubmitFailureReason {
  const reason =
    typeof details === 'object' && details !== null && 'reason' in details ? details.reason : undefined;
  if (isReason(reason)) return reason;
  return isReason(code) ? code : 'internal';
}

/** The reason an actor's rejection carries (its message); anything else is 'internal' (a bug, not a code). */
export function reasonOfError(error: unknown): SubmitFailureReason {
  return error instanceof Error && isReason(error.message) ? error.message : 'internal';
}
