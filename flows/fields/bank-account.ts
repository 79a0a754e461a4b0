import { toHalfWidth, type FieldType } from './field-type';

/**
 * 银行账号: 10–30 digits (the contract's rule) (unified bank card numbers are 16–19; passbook accounts vary). The Luhn check is not
 * applied because passbook account numbers do not carry one.
 */
export const bankAccount: FieldType = {
  normalize: (raw) => toHalfWidth(raw).replace(/[\s-]/g, ''),
  problem(value) {
    if (!/^\d+$/.test(value)) return 'bankAccount.characters';
    if (value.length < 10 || value.length > 30) return 'bankAccount.length';
    return null;
  },
};
