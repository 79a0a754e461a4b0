import { isSealedColumnValue, SEALED_CASE_COLUMNS, sealColumn } from './sealed-columns';
import type { Db } from './sqlite';

/**
 * Seals free-text columns written in plaintext by builds before sealed-columns.ts. A migration cannot do
 * this (migrations run without the data key), so the kiosk runs it once per start, after opening the
 * database with its key; it touches only rows that still hold plaintext, so it is cheap once done.
 */
export function resealLegacyColumns(db: Db, key: Buffer): number {
  // '[]' (no reasons, the column default) carries nothing personal and is left as it is.
  const where = SEALED_CASE_COLUMNS.map(
    (c) => `(${c} IS NOT NULL AND ${c} NOT LIKE 's1:%' AND ${c} != '[]')`,
  ).join(' OR ');
  const rows = db
    .prepare(`SELECT case_id, ${SEALED_CASE_COLUMNS.join(', ')} FROM cases WHERE ${where}`)
    .all() as Array<Record<string, string | null> & { case_id: string }>;
  const update = db.prepare(
    `UPDATE cases SET ${SEALED_CASE_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE case_id = ?`,
  );
  db.transaction(() => {
    for (const r of rows) {
      const values = SEALED_CASE_COLUMNS.map((c) => {
        const v = r[c] ?? null;
        return isSealedColumnValue(v) || v === '[]' ? v : sealColumn(key, r.case_id, c, v);
      });
      update.run(...values, r.case_id);
    }
  }).immediate();
  return rows.length;
}
