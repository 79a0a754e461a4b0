import type { FieldError } from '../sync/province-types';

/** Collects every problem of a message at once (一次性告知): output.errors and err_msg joined by '；'. */
export class FieldChecks {
  readonly errors: Array<FieldError> = [];

  add(field: string, reason: string): void {
    this.errors.push({ field, reason });
  }

  /** Adds "<label>不能为空" when the field is missing or empty; returns the trimmed value. */
  required(data: Record<string, unknown>, field: string, label: string): string {
    const v = data[field];
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(field, `${label}不能为空`);
      return '';
    }
    return v;
  }

  optional(data: Record<string, unknown>, field: string): string {
    const v = data[field];
    return typeof v === 'string' ? v : '';
  }

  check(ok: boolean, field: string, reason: string): void {
    if (!ok) this.add(field, reason);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  get message(): string {
    return this.errors.map((e) => e.reason).join('；');
  }
}

export const isAdmdvs = (v: string): boolean => /^\d{6}$/.test(v);
export const isMobile = (v: string): boolean => /^1[3-9]\d{9}$/.test(v);
export const isIsoDate = (v: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
export const PSN_CERT_TYPES = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '90',
  '99',
]);
