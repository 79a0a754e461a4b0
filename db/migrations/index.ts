import type { Migration } from '../sqlite';
import { migration0001 } from './0001-cases-and-outbox';

/** The kiosk database's migrations, in order. Append only: never edit one that has shipped. */
export const KIOSK_MIGRATIONS: ReadonlyArray<Migration> = [migration0001];
