import type { DateBounds } from '../../../flows/definition';

/** The date picker's arithmetic, kept apart from drawing: a day stepped by year, month or day within bounds. */

export type DayParts = { year: number; month: number; day: number };

export function partsOf(iso: string): DayParts | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function isoOf(p: DayParts): string {
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day the picker offers: whole years back and ahead of today. */
export function rangeOf(today: string, bounds: DateBounds): { min: string; max: string } {
  const t = partsOf(today);
  if (!t) return { min: '1900-01-01', max: '2099-12-31' };
  const min = bounds.yearsBack === 0 ? today : isoOf({ year: t.year - bounds.yearsBack, month: 1, day: 1 });
  const max =
    bounds.yearsAhead === 0 ? today : isoOf({ year: t.year + bounds.yearsAhead, month: 12, day: 31 });
  return { min, max };
}

/** `from` moved by `delta` years, months or days (a month's last day is kept within the month), clamped. */
export function step(
  from: string,
  unit: keyof DayParts,
  delta: number,
  range: { min: string; max: string },
): string {
  const p = partsOf(from);
  if (!p) return from;
  let next: DayParts;
  if (unit === 'day') {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day + delta));
    next = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  } else {
    const monthIndex = p.year * 12 + (p.month - 1) + (unit === 'year' ? delta * 12 : delta);
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    next = { year, month, day: Math.min(p.day, daysIn(year, month)) };
  }
  const iso = isoOf(next);
  return iso < range.min ? range.min : iso > range.max ? range.max : iso;
}

/** Where an empty picker starts: today, or the nearest end of the range. */
export function startingDay(today: string, range: { min: string; max: string }): string {
  return today < range.min ? range.min : today > range.max ? range.max : today;
}
