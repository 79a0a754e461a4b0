import type { FieldError } from './contract-types';

/**
 * Collects every problem of a message (一次性告知): output.errors lists them, err_msg joins their reasons
 * with '；'. A field gets one reason per distinct problem, never the same reason twice.
 */
export class FieldChecks {
  readonly errors: Array<FieldError> = [];

  add(field: string, reason: string): void {
    if (!this.errors.some((e) => e.field === field && e.reason === reason))
      this.errors.push({ field, reason });
  }

  has(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  get message(): string {
    return this.errors.map((e) => e.reason).join('；');
  }
}
