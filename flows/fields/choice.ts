import type { FieldType } from './field-type';

/** One code of the field's code table (申请人身份, 财政补贴对象, 险种, banks…); the screen shows their labels. */
export function choiceField(codes: ReadonlyArray<string>): FieldType {
  return {
    normalize: (raw) => raw.trim(),
    problem: (value) => (codes.includes(value) ? null : 'choice.unknown'),
  };
}
