import type { FieldChecks } from './field-checks';
import {
  charCount,
  isAdmdvs,
  isBlank,
  isDateText,
  isTel,
  MAX_ADDRESS_CHARS,
  MAX_CODE_CHARS,
  MAX_LONG_TEXT_CHARS,
  MAX_NAME_CHARS,
} from './field-rules';

type Need = { required?: boolean };

/**
 * Reads the fields of one object of input (input.data, or one att[] item with prefix `att[i].`) and records
 * every rule a value breaks under the field's full name. Values come back exactly as sent: the province
 * stores texts untouched, so nothing here trims or normalises.
 */
export class FieldReader {
  readonly #checks: FieldChecks;
  readonly #data: Record<string, unknown>;
  readonly #prefix: string;

  constructor(checks: FieldChecks, data: Record<string, unknown>, prefix = '') {
    this.#checks = checks;
    this.#data = data;
    this.#prefix = prefix;
  }

  /** The full field name as output.errors names it. */
  path(field: string): string {
    return `${this.#prefix}${field}`;
  }

  add(field: string, reason: string): void {
    this.#checks.add(this.path(field), reason);
  }

  /** Whether the field holds a non-blank value (a probe: records nothing). */
  filled(field: string): boolean {
    const v = this.#data[field];
    return v !== undefined && v !== null && !(typeof v === 'string' && isBlank(v));
  }

  /** The value, or '' when absent (missing or null); a value of another type is refused. */
  text(field: string, label: string): string {
    const v = this.#data[field];
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v;
    this.add(field, `${label}${field}须为字符串`);
    return '';
  }

  /** The value; "<label>不能为空" when it is absent, empty or only spaces (with `required`). */
  value(field: string, label: string, need: Need = { required: true }): string {
    const v = this.text(field, label);
    if (need.required && isBlank(v) && !this.#checks.has(this.path(field)))
      this.add(field, `${label}${field}不能为空`);
    return v;
  }

  required(field: string, label: string): string {
    return this.value(field, label, { required: true });
  }

  optional(field: string, label: string): string {
    return this.value(field, label, { required: false });
  }

  /** Whether a value needs its format checked: present, and not already refused as missing. */
  #given(v: string, need: Need): boolean {
    return v !== '' && !(need.required && isBlank(v));
  }

  /** A code from `table`, at most `maxChars` long (6 unless the contract states otherwise). */
  code(
    field: string,
    label: string,
    table: ReadonlySet<string>,
    need: Need & { maxChars?: number } = {},
  ): string {
    const required = need.required ?? true;
    const v = this.value(field, label, { required });
    if (!this.#given(v, { required })) return v;
    const max = need.maxChars ?? MAX_CODE_CHARS;
    if (charCount(v) > max) this.add(field, `${label}${field}不能超过${max}个字符`);
    else if (!table.has(v)) this.add(field, `${label}${field}的值“${v}”不在代码表中`);
    return v;
  }

  #bounded(field: string, label: string, max: number, need: Need): string {
    const v = this.value(field, label, need);
    if (charCount(v) > max) this.add(field, `${label}${field}不能超过${max}个字符`);
    return v;
  }

  /** A name (人员姓名, 银行户名, 代办人姓名, 医疗机构名称): ≤ 50 characters. */
  name(field: string, label: string, need: Need = { required: true }): string {
    return this.#bounded(field, label, MAX_NAME_CHARS, need);
  }

  /** An address: ≤ 200 characters. */
  address(field: string, label: string, need: Need = { required: true }): string {
    return this.#bounded(field, label, MAX_ADDRESS_CHARS, need);
  }

  /** memo, refl_rea: ≤ 500 characters. */
  longText(field: string, label: string, need: Need = { required: false }): string {
    return this.#bounded(field, label, MAX_LONG_TEXT_CHARS, need);
  }

  /** A mobile number or an area-code landline. */
  tel(field: string, label: string, need: Need = { required: true }): string {
    const v = this.value(field, label, need);
    if (this.#given(v, need) && !isTel(v))
      this.add(field, `${label}${field}须为11位手机号码或带区号的固定电话`);
    return v;
  }

  /** A 6-digit 医保区划. */
  admdvs(field: string, label: string, need: Need = { required: true }): string {
    const v = this.value(field, label, need);
    if (this.#given(v, need) && !isAdmdvs(v)) this.add(field, `${label}${field}须为6位数字区划代码`);
    return v;
  }

  /** A yyyy-MM-dd calendar date. */
  date(field: string, label: string, need: Need = { required: true }): string {
    const v = this.value(field, label, need);
    if (this.#given(v, need) && !isDateText(v))
      this.add(field, `${label}${field}须为yyyy-MM-dd格式的有效日期`);
    return v;
  }
}
