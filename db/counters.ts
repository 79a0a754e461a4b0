import type { SqlStatement } from './driver/index';
import type { Db } from './sqlite';

/**
 * Persisted sequence counters: each allocation is a committed row update, so numbers never repeat across
 * crashes and restarts. A counter runs within a "period" (a second, a day); when the period moves forward
 * the sequence restarts at `first`. When the sequence is exhausted, or the clock has gone backwards, the
 * counter borrows the following period instead of reusing a number.
 */
export type Allocation = Readonly<{ period: number; seq: number }>;

type Statements = {
  read: SqlStatement;
  write: SqlStatement;
  allocate: (name: string, period: number, first: number, max: number) => Allocation;
};

// Prepared once per connection: allocation sits on the commit path of every case.
const cache = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    const read = db.prepare('SELECT period, seq FROM counters WHERE name = ?');
    const write = db.prepare(
      'INSERT INTO counters (name, period, seq) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET period = excluded.period, seq = excluded.seq',
    );
    const allocate = db.transaction(
      (name: string, period: number, first: number, max: number): Allocation => {
        const row = read.get(name) as Allocation | undefined;
        let next: Allocation;
        if (!row || period > row.period) next = { period, seq: first };
        else if (row.seq < max) next = { period: row.period, seq: row.seq + 1 };
        else next = { period: row.period + 1, seq: first };
        write.run(name, next.period, next.seq);
        return next;
      },
    );
    s = { read, write, allocate };
    cache.set(db, s);
  }
  return s;
}

export function allocateInPeriod(
  db: Db,
  name: string,
  period: number,
  first: number,
  max: number,
): Allocation {
  return statements(db).allocate(name, period, first, max);
}
