import type { SimMigration } from './sim-database';

/** The simulator's own database: what "the province" holds. */
export const SIM_MIGRATIONS: ReadonlyArray<SimMigration> = [
  {
    version: 1,
    name: 'province',
    up(db) {
      db.exec(`
        CREATE TABLE counters (name TEXT PRIMARY KEY, period INTEGER NOT NULL, seq INTEGER NOT NULL) STRICT;
        -- Every message that passed gateway, envelope, sign_no and cainfo checks, with the answer given.
        CREATE TABLE messages (
          msgid TEXT PRIMARY KEY,
          infno TEXT NOT NULL,
          input_canonical TEXT NOT NULL,
          response TEXT NOT NULL,
          fixmedins_code TEXT NOT NULL,
          dev_no TEXT NOT NULL,
          recv_time INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE sign_ins (
          sign_no TEXT PRIMARY KEY,
          fixmedins_code TEXT NOT NULL,
          dev_no TEXT NOT NULL,
          valid_until INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE files (
          file_qury_no TEXT PRIMARY KEY,
          fixmedins_code TEXT NOT NULL,
          filename TEXT NOT NULL,
          bytes INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          uploaded_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE persons (
          certno TEXT PRIMARY KEY,
          psn_no TEXT NOT NULL UNIQUE,
          info TEXT NOT NULL
        ) STRICT;
        CREATE TABLE cases (
          trt_dcla_detl_sn TEXT PRIMARY KEY,
          ref_msgid TEXT NOT NULL UNIQUE,
          infno TEXT NOT NULL,
          fixmedins_code TEXT NOT NULL,
          dev_no TEXT NOT NULL,
          certno TEXT NOT NULL,
          fil_type TEXT,
          acp_stas TEXT NOT NULL,
          rejt_rea TEXT NOT NULL DEFAULT '',
          decide_at INTEGER,
          outcome TEXT,
          recv_time INTEGER NOT NULL,
          upd_time INTEGER NOT NULL,
          data TEXT NOT NULL
        ) STRICT;
        CREATE INDEX cases_dev_time ON cases (dev_no, recv_time);
        CREATE INDEX cases_certno ON cases (certno, infno);
        CREATE TABLE ec_tokens (
          token TEXT PRIMARY KEY,
          certno TEXT NOT NULL,
          expires_at INTEGER NOT NULL,
          used_at INTEGER
        ) STRICT;
      `);
    },
  },
];
