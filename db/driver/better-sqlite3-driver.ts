import Database from 'better-sqlite3';
import type { SqlStatement, SqliteDatabase, SqliteDriver, Transaction } from './sqlite-driver';

/**
 * The default engine. better-sqlite3's own API is what SqliteDatabase was shaped after, so statements and
 * transactions are handed through as they are (no wrapper on the per-row hot path); only the type is
 * narrowed to the interface.
 */
function adapt(db: Database.Database): SqliteDatabase {
  return {
    prepare: (sql) => db.prepare(sql) as unknown as SqlStatement,
    exec: (sql) => {
      db.exec(sql);
    },
    transaction: <A extends Array<unknown>, R>(fn: (...args: A) => R) =>
      db.transaction(fn) as unknown as Transaction<A, R>,
    pragma: (source, options) => db.pragma(source, { simple: options?.simple ?? false }),
    get inTransaction() {
      return db.inTransaction;
    },
    get open() {
      return db.open;
    },
    close: () => {
      db.close();
    },
  };
}

export const betterSqlite3Driver: SqliteDriver = {
  name: 'better-sqlite3',
  open: (path, options) => adapt(new Database(path, { readonly: options?.readonly ?? false })),
};
