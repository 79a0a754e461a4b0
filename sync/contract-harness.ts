/**
 * Moved to tests/support/contract-harness.ts (test harnesses live with the tests). This re-export stays only
 * until province-sim/simulator.test.ts, which is being rewritten elsewhere, imports the new path; production
 * code may not import it (eslint.config.js).
 */
// eslint-disable-next-line no-restricted-imports -- the one bridge for a test file owned by another change
export * from '../tests/support/contract-harness';
