import type { Migration } from '../sqlite';
import { migration0001 } from './0001-cases-and-outbox';
import { migration0002 } from './0002-idempotency-key';
import { migration0003 } from './0003-submitting-session';
import { migration0004 } from './0004-admin-mode';
import { migration0005 } from './0005-staff-calls';
import { migration0006 } from './0006-attempts-and-call-items';
import { migration0007 } from './0007-clustered-materials-and-outbox';

/** The kiosk database's migrations, in order. Append only: never edit one that has shipped. */
export const KIOSK_MIGRATIONS: ReadonlyArray<Migration> = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];
