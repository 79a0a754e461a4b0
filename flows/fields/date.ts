import { BUSINESS_UTC_OFFSET_MINUTES, businessDay } from '../../domain/business-date';
import { toHalfWidth, type FieldType } from './field-type';

/** yyyy-MM-dd, a real calendar date. Whether it may lie in the past or future is a rule of the item. */
export const dateField: FieldType = {
  normalize: (raw) =>
    toHalfWidth(raw)
      .trim()
      .replace(/[./年月]/g, '-')
      .replace(/日$/, ''),
  problem(value) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    if (!m) return 'date.format';
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
      return 'date.invalid';
    return null;
  },
};

/** The business day of `d` as yyyy-MM-dd (the province's day, neither UTC's nor the host's zone). */
export function isoDay(d: Date, utcOffsetMinutes = BUSINESS_UTC_OFFSET_MINUTES): string {
  return businessDay(d, utcOffsetMinutes);
}

/** yyyy-MM-dd `months` calendar months before or after `day` (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Pads a date typed as 2024-1-5 to 2024-01-05 so string comparison orders dates. */
export function padDay(value: string): string {
  const [y, m, d] = value.split('-');
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}
