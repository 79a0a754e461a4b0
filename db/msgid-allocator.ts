import { CHINA_UTC_OFFSET_MINUTES, compactDateTime } from '../sync/local-time';
import { allocateInPeriod } from './counters';
import type { Db } from './sqlite';

/**
 * msgid = service-point code (12) + yyyyMMddHHmmss + 4-digit sequence (30 chars), the contract's layout.
 * The sequence is a persisted per-second counter: 10,000 messages fit in one second, the 10,001st borrows
 * the next second, and a clock set backwards keeps counting forward from the last second used — so a msgid
 * is never handed out twice, which matters because the province treats a reused msgid as a replay.
 */
export type MsgidAllocator = () => string;

export function createMsgidAllocator(
  db: Db,
  fixmedinsCode: string,
  now: () => number = Date.now,
  tzOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): MsgidAllocator {
  if (fixmedinsCode.length !== 12) throw new Error('fixmedinsCode must be 12 characters');
  return () => {
    const a = allocateInPeriod(db, 'msgid', Math.floor(now() / 1000), 0, 9999);
    return `${fixmedinsCode}${compactDateTime(a.period * 1000, tzOffsetMinutes)}${String(a.seq).padStart(4, '0')}`;
  };
}
