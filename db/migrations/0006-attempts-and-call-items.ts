import type { Migration } from '../sqlite';

/**
 * Admin mode's ledger detail:
 * - `delivery_attempts`: every time the sync worker tried a case's message (upload, submission, status
 *   read), with its outcome and, for a failure, the kind of error (timeout, network, auth, refused …). The
 *   cases table keeps only the count and the last error; the back-office ledger shows each attempt. No
 *   personal data: the province's error text stays in the sealed `last_error` column.
 * - `staff_calls.item_id`: which item (业务) the resident was doing when they called for staff.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'attempts-and-call-items',
  up(db) {
    db.exec(`
      CREATE TABLE delivery_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        step TEXT,
        outcome TEXT NOT NULL,
        error_kind TEXT
      ) STRICT;
      CREATE INDEX delivery_attempts_case ON delivery_attempts (case_id, at);
      ALTER TABLE staff_calls ADD COLUMN item_id TEXT;
    `);
  },
};
