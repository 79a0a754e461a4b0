/**
 * The small surface of SQLite the kiosk uses, so the engine behind it can change (better-sqlite3 today,
 * Node's built-in node:sqlite once Electron's Node ships it as stable) without touching the stores.
 * Shaped after better-sqlite3's synchronous API, which the stores were written against; node:sqlite's
 * DatabaseSync is adapted to it in node-sqlite-driver.ts. Only db/driver/ may import an engine (lint).
 */

/** What a parameter may be bound to. Booleans and undefined are refused by both engines, so not listed. */
export type SqlValue = null | number | bigint | string | Uint8Array;
/** Positional values, or one object of named values (`@name`, `:name`, `$name` given without the prefix). */
export type SqlParams = ReadonlyArray<SqlValue> | readonly [Readonly<Record<string, SqlValue>>];

export type RunResult = Readonly<{ changes: number | bigint; lastInsertRowid: number | bigint }>;

/** A prepared statement. Rows come back as plain objects keyed by column name; callers state their shape. */
export interface SqlStatement {
  run(...params: SqlParams): RunResult;
  /** The first row, or undefined when there is none. */
  get(...params: SqlParams): unknown;
  all(...params: SqlParams): Array<unknown>;
  iterate(...params: SqlParams): IterableIterator<unknown>;
}

/**
 * A function that runs `fn` in one transaction: COMMIT when it returns, ROLLBACK when it throws. Called
 * inside another transaction it becomes a savepoint, so nested units of work compose. `immediate()` takes
 * the write lock at BEGIN (no SQLITE_BUSY half-way through a unit that reads then writes).
 */
export interface Transaction<A extends Array<unknown>, R> {
  (...args: A): R;
  deferred(...args: A): R;
  immediate(...args: A): R;
  exclusive(...args: A): R;
}

export interface SqliteDatabase {
  prepare(sql: string): SqlStatement;
  /** Runs one or more statements that take no parameters (schema steps). */
  exec(sql: string): void;
  transaction<A extends Array<unknown>, R>(fn: (...args: A) => R): Transaction<A, R>;
  /**
   * `PRAGMA <source>`: the rows it returns, or with `simple` the first column of the first row.
   * `source` is trusted text from this code base, never input.
   */
  pragma(source: string, options?: Readonly<{ simple?: boolean }>): unknown;
  readonly inTransaction: boolean;
  readonly open: boolean;
  close(): void;
}

export type OpenOptions = Readonly<{ readonly?: boolean }>;

/** An engine: opens a file (or ':memory:') as a SqliteDatabase. */
export type SqliteDriver = Readonly<{
  name: 'better-sqlite3' | 'node:sqlite';
  open: (path: string, options?: OpenOptions) => SqliteDatabase;
}>;
