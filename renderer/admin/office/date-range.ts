import { isoDay } from '../../../flows/fields/date';

/** Today as yyyy-MM-dd as the kiosk dates its cases (China time), whatever zone the screen's machine is set to. */
export function todayText(now = new Date()): string {
  return isoDay(now);
}
