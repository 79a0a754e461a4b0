/**
 * A field type owns what a value of that kind may be: how raw input is normalised, which problem (if any)
 * it has, and nothing about layout. Problems are i18n keys under `flow:errors.*`, shown next to the field.
 */
export type FieldProblem = string;

/** `today` is read as a business day at `utcOffsetMinutes` (default +08:00, domain/business-date.ts). */
export type FieldContext = Readonly<{ today: Date; utcOffsetMinutes?: number }>;

export interface FieldType {
  /** Turns what the resident typed or picked into the stored value (trims, folds full-width digits, …). */
  normalize(raw: string): string;
  /** Null when the (normalised, non-empty) value is acceptable. Emptiness is the form's business. */
  problem(value: string, ctx: FieldContext): FieldProblem | null;
}

/** Folds full-width digits and letters to ASCII: residents' phones and pinyin keyboards produce both. */
export function toHalfWidth(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
