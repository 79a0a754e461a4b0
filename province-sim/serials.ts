import type { Db } from './sim-database';

/**
 * Persisted serial numbers (sign_no, 受理编号, file ids, inf_refmsgid): each is a committed counter row, so
 * a restarted simulator never hands out a number twice. A counter wraps to 1 after `max`.
 */
export function nextSerial(db: Db, name: string, max: number): number {
  const row = db.prepare('SELECT seq FROM counters WHERE name = ?').get(name) as { seq: number } | undefined;
  const seq = row && row.seq < max ? row.seq + 1 : 1;
  db.prepare(
    'INSERT INTO counters (name, period, seq) VALUES (?, 0, ?) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq',
  ).run(name, seq);
  return seq;
}

/** The next serial of `name`, zero-padded to `digits`. */
export function serialText(db: Db, name: string, digits: number): string {
  return String(nextSerial(db, name, 10 ** digits - 1)).padStart(digits, '0');
}
