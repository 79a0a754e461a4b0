import type * as NodeSqliteModule from 'node:sqlite';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SqlParams, SqlStatement, SqliteDatabase, SqliteDriver, Transaction } from './sqlite-driver';

type NodeSqlite = typeof NodeSqliteModule;
type Binding = Parameters<StatementSync['run']>;

/**
 * Node's built-in engine (DatabaseSync). Loaded on first open through getBuiltinModule, not imported, so
 * a process that keeps the default engine never loads it (and never prints its ExperimentalWarning).
 */
function nodeSqlite(): NodeSqlite {
  const m = process.getBuiltinModule('node:sqlite') as NodeSqlite | undefined;
  if (!m) throw new Error('node:sqlite is not available in this Node (needs Node 22.13 or later)');
  return m;
}

function statement(s: StatementSync): SqlStatement {
  // Our SqlParams is a subset of what node:sqlite binds (it also takes Uint8Array and named objects).
  const bind = (p: SqlParams): Binding => p as unknown as Binding;
  return {
    run: (...p) => s.run(...bind(p)),
    get: (...p) => s.get(...bind(p)),
    all: (...p) => s.all(...bind(p)),
    iterate: (...p) => s.iterate(...bind(p)),
  };
}

/**
 * better-sqlite3's transaction semantics, rebuilt on BEGIN/COMMIT: the outermost call opens a transaction
 * in the requested mode, a nested call is a savepoint, and a throw rolls back only what the throwing call
 * started before re-throwing. Like better-sqlite3, an async function is refused (its awaits would run after
 * the COMMIT, outside the transaction).
 */
function settled<R>(result: R): R {
  if (result instanceof Promise) throw new TypeError('Transaction function cannot return a promise');
  return result;
}

function transactionOf(db: DatabaseSync, nextSavepoint: () => string) {
  return <A extends Array<unknown>, R>(fn: (...args: A) => R): Transaction<A, R> => {
    const runAs =
      (mode: 'DEFERRED' | 'IMMEDIATE' | 'EXCLUSIVE') =>
      (...args: A): R => {
        if (db.isTransaction) {
          const sp = nextSavepoint();
          db.exec(`SAVEPOINT ${sp}`);
          try {
            const result = settled(fn(...args));
            db.exec(`RELEASE ${sp}`);
            return result;
          } catch (e) {
            db.exec(`ROLLBACK TO ${sp}`);
            db.exec(`RELEASE ${sp}`);
            throw e;
          }
        }
        db.exec(`BEGIN ${mode}`);
        try {
          const result = settled(fn(...args));
          db.exec('COMMIT');
          return result;
        } catch (e) {
          // SQLite may already have rolled back by itself (e.g. on SQLITE_FULL); only roll back if still open.
          if (db.isTransaction) db.exec('ROLLBACK');
          throw e;
        }
      };
    const deferred = runAs('DEFERRED');
    return Object.assign(deferred, {
      deferred,
      immediate: runAs('IMMEDIATE'),
      exclusive: runAs('EXCLUSIVE'),
    });
  };
}

function adapt(db: DatabaseSync): SqliteDatabase {
  let savepoints = 0;
  return {
    prepare: (sql) => statement(db.prepare(sql)),
    exec: (sql) => {
      db.exec(sql);
    },
    transaction: transactionOf(db, () => `zizhu_sp_${++savepoints}`),
    pragma: (source, options) => {
      const rows = db.prepare(`PRAGMA ${source}`).all();
      if (!options?.simple) return rows;
      const first = rows[0];
      return first === undefined ? undefined : Object.values(first)[0];
    },
    get inTransaction() {
      return db.isTransaction;
    },
    get open() {
      return db.isOpen;
    },
    close: () => {
      db.close();
    },
  };
}

export const nodeSqliteDriver: SqliteDriver = {
  name: 'node:sqlite',
  open: (path, options) =>
    adapt(new (nodeSqlite().DatabaseSync)(path, { readOnly: options?.readonly ?? false })),
};
