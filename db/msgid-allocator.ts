import { CHINA_UTC_OFFSET_MINUTES, compactDateTime } from '../sync/local-time';
import { allocateInPeriod } from './counters';
import type { Db } from './sqlite';

/**
 * msgid = service-point code (12) + yyyyMMddHHmmss (14) + terminal slot (2) + per-second sequence (2):
 * 30 characters, the contract's layout, whose last 4 digits the contract calls "sequence". Several kiosks
 * of one service point share the 12-character code (the province checks it against fixmedins_code) and
 * the same seconds, so each kiosk owns a slot (setting `terminal.slot`, 00–99, unique per service-point
 * code) and counts only within it: two kiosks can never make the same msgid.
 * The sequence is a persisted per-second counter: 100 messages fit in one second of one kiosk (a case
 * takes one per page plus one), the 101st borrows the next second, and a clock set backwards keeps
 * counting forward from the last second used — so a msgid is never handed out twice, which matters
 * because the province treats a reused msgid as a replay.
 */
export type MsgidAllocator = () => string;

export const MAX_TERMINAL_SLOT = 99;
const SEQ_PER_SECOND = 100;

export function createMsgidAllocator(
  db: Db,
  fixmedinsCode: string,
  now: () => number = Date.now,
  tzOffsetMinutes = CHINA_UTC_OFFSET_MINUTES,
  terminalSlot = 0,
): MsgidAllocator {
  if (fixmedinsCode.length !== 12) throw new Error('fixmedinsCode must be 12 characters');
  if (!Number.isInteger(terminalSlot) || terminalSlot < 0 || terminalSlot > MAX_TERMINAL_SLOT)
    throw new Error(`terminal slot must be an integer 0–${MAX_TERMINAL_SLOT}`);
  const slot = String(terminalSlot).padStart(2, '0');
  return () => {
    const a = allocateInPeriod(db, 'msgid', Math.floor(now() / 1000), 0, SEQ_PER_SECOND - 1);
    const seq = String(a.seq).padStart(2, '0');
    return `${fixmedinsCode}${compactDateTime(a.period * 1000, tzOffsetMinutes)}${slot}${seq}`;
  };
}
