import type { PhotoSource } from '../sync/photo-source';
import type { Db } from './sqlite';

export const DEFAULT_RETENTION_MS = 7 * 86_400_000;

export type PurgeReport = Readonly<{ cases: number; photos: number; failed: number }>;

/**
 * Removes photos and personal data of cases the province has settled (accepted, approved or rejected) or
 * that staff resolved, once `retentionMs` (default 7 days) has passed since. The masked ledger row stays
 * for reconciliation: masks, codes, msgids, the province's numbers and states, times. Every personal or
 * free-text column goes (sealed or not: the sealed-columns list and `personal`). Photos go first: a case
 * whose photos cannot all be removed keeps its data and is tried again on the next run, so no photo is
 * ever orphaned without a record pointing to it. With secure_delete on (openKioskDatabase) the freed bytes
 * are overwritten, and the closing TRUNCATE checkpoint leaves no old page images in the -wal file.
 */
export async function purgeExpired(
  db: Db,
  photos: PhotoSource,
  options: Readonly<{ now: number; retentionMs?: number; batch?: number }>,
): Promise<PurgeReport> {
  const cutoff = options.now - (options.retentionMs ?? DEFAULT_RETENTION_MS);
  const due = db
    .prepare(
      `SELECT case_id FROM cases WHERE purged_at IS NULL AND settled_at IS NOT NULL AND settled_at <= ?
         AND (status IN ('accepted', 'approved', 'rejected') OR resolved_at IS NOT NULL)
       ORDER BY settled_at LIMIT ?`,
    )
    .all(cutoff, options.batch ?? 500) as Array<{ case_id: string }>;
  let cases = 0;
  let removed = 0;
  let failed = 0;
  for (const { case_id } of due) {
    const pending = db
      .prepare('SELECT seq, photo_id FROM materials WHERE case_id = ? AND photo_removed_at IS NULL')
      .all(case_id) as Array<{ seq: number; photo_id: string }>;
    let ok = true;
    for (const m of pending) {
      try {
        await photos.remove(m.photo_id);
        db.prepare('UPDATE materials SET photo_removed_at = ? WHERE case_id = ? AND seq = ?').run(
          options.now,
          case_id,
          m.seq,
        );
        removed++;
      } catch {
        ok = false;
      }
    }
    if (!ok) {
      failed++;
      continue;
    }
    db.prepare(
      `UPDATE cases SET personal = NULL, err_msg = NULL, reasons = '[]', rejt_rea = NULL, note = NULL,
         last_error = NULL, purged_at = ?, updated_at = ? WHERE case_id = ?`,
    ).run(options.now, options.now, case_id);
    cases++;
  }
  if (cases > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return { cases, photos: removed, failed };
}
