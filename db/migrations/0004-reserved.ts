import type { Migration } from '../sqlite';

/**
 * A placeholder for version 4, which another branch (B1) adds at the same time; migrations must be numbered
 * without gaps. MERGE: delete this file and register B1's 0004 in its place in index.ts.
 */
export const migration0004Reserved: Migration = {
  version: 4,
  name: 'reserved',
  up() {},
};
