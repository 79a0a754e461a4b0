import type { Migration } from '../sqlite';

/**
 * `materials` and `outbox` become WITHOUT ROWID tables, clustered on their primary keys ((case_id, seq) and
 * msgid). As rowid tables each kept its rows in one b-tree and its primary key in a second, so every 确认提交
 * wrote a page of both for each: 2 of the 14 WAL pages a case's commit made durable (bench/commit.bench.ts).
 * Now the row is the key's b-tree: 12 pages. Both keys grow with time (a UUIDv7 case id, a dated msgid), so new
 * rows land at the right edge as before. Same columns, constraints and `outbox_case` index; nothing reads a
 * rowid of either table.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'clustered-materials-and-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE materials_clustered (
        case_id TEXT NOT NULL REFERENCES cases (case_id),
        seq INTEGER NOT NULL,
        photo_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        matl_type TEXT NOT NULL,
        pages INTEGER,
        file_qury_no TEXT,
        photo_removed_at INTEGER,
        PRIMARY KEY (case_id, seq)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO materials_clustered (case_id, seq, photo_id, sha256, matl_type, pages, file_qury_no, photo_removed_at)
        SELECT case_id, seq, photo_id, sha256, matl_type, pages, file_qury_no, photo_removed_at FROM materials;
      DROP TABLE materials;
      ALTER TABLE materials_clustered RENAME TO materials;

      CREATE TABLE outbox_clustered (
        msgid TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (case_id),
        kind TEXT NOT NULL CHECK (kind IN ('upload', 'submit')),
        material_seq INTEGER,
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'refused', 'superseded')),
        created_at INTEGER NOT NULL,
        sent_count INTEGER NOT NULL DEFAULT 0,
        done_at INTEGER,
        inf_refmsgid TEXT
      ) STRICT, WITHOUT ROWID;
      INSERT INTO outbox_clustered (msgid, case_id, kind, material_seq, state, created_at, sent_count, done_at, inf_refmsgid)
        SELECT msgid, case_id, kind, material_seq, state, created_at, sent_count, done_at, inf_refmsgid FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_clustered RENAME TO outbox;
      CREATE INDEX outbox_case ON outbox (case_id, kind, state);
    `);
  },
};
