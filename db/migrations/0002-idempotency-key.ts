import type { Migration } from '../sqlite';

/**
 * The key the renderer makes when the resident confirms (case.submit's idempotencyKey). UNIQUE, so a
 * retried tap, or two taps racing, can never create a second case: the store looks the key up inside the
 * commit and returns the case it already made. NULL for cases from before this migration.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'idempotency-key',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX cases_idempotency_key ON cases (idempotency_key) WHERE idempotency_key IS NOT NULL;
    `);
  },
};
