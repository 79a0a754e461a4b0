import type { CodeTables } from './contract-codes';
import type { FieldError, RequestEnvelope } from './contract-types';
import type { Db } from './sim-database';
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
  /** The province's code tables in force (the contract's defaults unless a code-table file replaced some). */
  codes: CodeTables;
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

/** The transaction's input node (input.data unless the contract names another), when it is an object. */
export function dataOf(env: RequestEnvelope, node = 'data'): Record<string, unknown> | null {
  const v = env.input[node];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** The refusal for a missing or malformed input node. */
export function missingNode(node: string, label: string): TxResult {
  const reason = `${label}${node}不能为空`;
  return refuse(reason, [{ field: node, reason }]);
}
