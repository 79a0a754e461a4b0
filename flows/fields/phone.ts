import { toHalfWidth, type FieldType } from './field-type';

/** 联系电话: a mainland mobile number, 11 digits starting 1[3-9]; +86 and separators are accepted and removed. */
export const mobilePhone: FieldType = {
  normalize: (raw) =>
    toHalfWidth(raw)
      .replace(/[\s-]/g, '')
      .replace(/^(\+?86)(?=1\d{10}$)/, ''),
  problem(value) {
    if (!/^\d+$/.test(value)) return 'phone.characters';
    if (value.length !== 11) return 'phone.length';
    if (!/^1[3-9]/.test(value)) return 'phone.prefix';
    return null;
  },
};
