import type { Migration } from '../sqlite';

/**
 * The session that submitted a case (a random id the renderer made; no personal data). With it a retried
 * 确认提交 after the kiosk core restarted (and lost its in-memory receipts) still gets the case it committed,
 * while a tap from any other session with the same idempotency key is refused. NULL for older cases.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'submitting-session',
  up(db) {
    db.exec('ALTER TABLE cases ADD COLUMN session_id TEXT;');
  },
};
