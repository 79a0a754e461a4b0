import { betterSqlite3Driver } from './better-sqlite3-driver';
import { nodeSqliteDriver } from './node-sqlite-driver';
import type { SqliteDriver } from './sqlite-driver';

export type {
  OpenOptions,
  RunResult,
  SqlParams,
  SqlStatement,
  SqlValue,
  SqliteDatabase,
  SqliteDriver,
  Transaction,
} from './sqlite-driver';
export { betterSqlite3Driver, nodeSqliteDriver };

/** The engine every database opens with unless told otherwise. */
export const DEFAULT_SQLITE_DRIVER: SqliteDriver = betterSqlite3Driver;

/** Both engines, for the tests that run the stores against each (describe.each). */
export const SQLITE_DRIVERS: ReadonlyArray<SqliteDriver> = [betterSqlite3Driver, nodeSqliteDriver];
