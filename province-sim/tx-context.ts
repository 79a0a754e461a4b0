import type { Db } from '../db/sqlite';
import type { FieldError, RequestEnvelope } from '../sync/province-types';
import type { Review } from './sim-settings';

/** What a transaction handler gets: the database, the message, the simulated clock and settings. */
export type TxContext = Readonly<{
  db: Db;
  env: RequestEnvelope;
  now: number;
  tz: number;
  admdvs: string;
  review: Review;
  qrSecret: string;
  /** A fresh serial, `digits` long, from a persisted counter named `name`. */
  serial: (name: string, digits: number) => string;
}>;

export type TxResult =
  | { ok: true; output: Record<string, unknown> }
  | { ok: false; errMsg: string; errors?: ReadonlyArray<FieldError> };

export type TxHandler = (ctx: TxContext) => TxResult;

export function refuse(errMsg: string, errors?: ReadonlyArray<FieldError>): TxResult {
  return errors && errors.length ? { ok: false, errMsg, errors } : { ok: false, errMsg };
}

export function dataOf(env: RequestEnvelope, node = 'data'): Record<string, unknown> | null {
  const v = env.input[node];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
