import type { Migration } from '../sqlite';

/**
 * 呼叫工作人员: each time a resident asks for staff from the Help dialog. Kept for the admin screen (who was
 * waiting, at which step, and whether someone came). No personal data: the session id is a random UUID and
 * the step is a wizard step name.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'staff-calls',
  up(db) {
    db.exec(`
      CREATE TABLE staff_calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT,
        step TEXT NOT NULL,
        called_at TEXT NOT NULL,
        answered_at TEXT
      ) STRICT;
      CREATE INDEX staff_calls_called_at ON staff_calls (called_at);
    `);
  },
};
