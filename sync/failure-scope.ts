import type { NotOk } from './call-result';

/**
 * Whom a failed exchange concerns. Only signals about the whole province (or our way to it) pause the
 * whole worker: a 429 (the province is throttling this kiosk, whichever case it sends next; with or without
 * a Retry-After), a 503 that names a Retry-After (maintenance, outage), the network being down (connection
 * refused or reset, DNS, no connection within the deadline) and a gateway 401 (our credentials are wrong for
 * every case alike). Everything else (a 500, an answer that never came on an open connection, an unreadable
 * body, a 503 without Retry-After) concerns this one case: it backs off on its own and, after the attempt
 * limit, is parked, so one case the province always fails on cannot hold back the others. A 429 taken as
 * the case's own would send the next cases straight into the same throttle and spend their attempts on it.
 */
export type FailureScope = 'province' | 'case';

export function failureScope(res: NotOk): FailureScope {
  if (res.kind === 'auth') return 'province';
  if (res.kind === 'refused') return 'case';
  switch (res.reason) {
    case 'throttled':
      return 'province';
    case 'unavailable':
      return res.retryAfterMs === undefined ? 'case' : 'province';
    case 'network':
      return 'province';
    default:
      return 'case';
  }
}
