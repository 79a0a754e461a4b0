import type { Migration } from '../sqlite';

/**
 * Admin mode's state:
 * - `admin_lockout`: one row, the wrong-PIN count and until when admin mode is locked. On disk so that
 *   restarting the kiosk (or pulling its plug) does not buy five more guesses.
 * - `audit_log`: every admin action, append-only. Each row carries the hash of the previous row and its own
 *   (kiosk/admin/audit-log.ts), so a deleted or edited row breaks the chain; the triggers refuse UPDATE and
 *   DELETE through SQLite, the chain catches what goes around them.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'admin-mode',
  up(db) {
    db.exec(`
      CREATE TABLE admin_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL,
        locked_until INTEGER
      ) STRICT;
      INSERT INTO admin_lockout (id, failures, locked_until) VALUES (1, 0, NULL);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
