import type { FieldType } from './field-type';

/**
 * Free text (addresses, 转诊原因, 备注). Stored as plain text and always rendered as text, never as markup;
 * control characters are refused because they corrupt receipts and the province's records. Sent exactly as
 * typed: only the ends are trimmed, once, when the form is checked and submitted — never while typing, so a
 * space between two words stays.
 */
export function textField(maxLength: number): FieldType {
  return {
    normalize: (raw) => raw.trim(),
    problem(value) {
      if (Array.from(value).length > maxLength) return 'text.tooLong';
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(value)) return 'text.characters';
      if (/\p{Extended_Pictographic}/u.test(value)) return 'text.emoji';
      return null;
    },
  };
}

/** A person's name: Chinese names (including rare characters and the middle dot of minority names) or Latin. */
export const personName: FieldType = {
  normalize: (raw) => raw.trim(),
  problem(value) {
    if (Array.from(value).length > 50) return 'name.tooLong';
    if (!/^[\p{Script=Han}\u00B7\u2022\u30FBA-Za-z .'-]+$/u.test(value)) return 'name.characters';
    return null;
  },
};
