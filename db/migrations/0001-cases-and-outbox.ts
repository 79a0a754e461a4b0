import type { Migration } from '../sqlite';

/**
 * Cases, their materials and their outbox messages. Personal data lives only in `cases.personal` (sealed
 * JSON, NULL once purged); the masked columns stay for the back-office ledger. `next_attempt_at` is NULL
 * when the worker has nothing to do for a case, so the partial index holds only live work and a lookup of
 * due work costs the same with 1k or 100k cases on the books.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'cases-and-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        period INTEGER NOT NULL,
        seq INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        case_id TEXT PRIMARY KEY,
        case_no TEXT NOT NULL UNIQUE,
        item_id TEXT NOT NULL,
        infno TEXT NOT NULL CHECK (infno IN ('ZZ01', 'ZZ02')),
        status TEXT NOT NULL CHECK (status IN ('queued', 'uploading', 'submitted', 'accepted',
          'pending-review', 'approved', 'rejected', 'needs-attention')),
        certno_mask TEXT NOT NULL,
        name_mask TEXT NOT NULL,
        cert_type TEXT NOT NULL,
        insuplc_admdvs TEXT NOT NULL,
        personal TEXT,
        submit_msgid TEXT NOT NULL UNIQUE,
        trt_dcla_detl_sn TEXT,
        acp_stas TEXT,
        err_msg TEXT,
        reasons TEXT NOT NULL DEFAULT '[]',
        rejt_rea TEXT,
        attention_code TEXT,
        note TEXT,
        resolved_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        settled_at INTEGER,
        purged_at INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT
      ) STRICT;
      CREATE INDEX cases_due ON cases (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
      CREATE INDEX cases_created ON cases (created_at);
      CREATE INDEX cases_status_created ON cases (status, created_at);
      CREATE INDEX cases_to_purge ON cases (settled_at) WHERE purged_at IS NULL AND settled_at IS NOT NULL;

      CREATE TABLE materials (
        case_id TEXT NOT NULL REFERENCES cases (case_id),
        seq INTEGER NOT NULL,
        photo_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        matl_type TEXT NOT NULL,
        pages INTEGER,
        file_qury_no TEXT,
        photo_removed_at INTEGER,
        PRIMARY KEY (case_id, seq)
      ) STRICT;

      CREATE TABLE outbox (
        msgid TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (case_id),
        kind TEXT NOT NULL CHECK (kind IN ('upload', 'submit')),
        material_seq INTEGER,
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'refused', 'superseded')),
        created_at INTEGER NOT NULL,
        sent_count INTEGER NOT NULL DEFAULT 0,
        done_at INTEGER,
        inf_refmsgid TEXT
      ) STRICT;
      CREATE INDEX outbox_case ON outbox (case_id, kind, state);
    `);
  },
};
