import { normalizeIdNumber, parseIdNumber } from '../../domain/id-number';
import type { FieldType } from './field-type';

/** 证件号码: GB 11643 check digit, also for 港澳台 permits and the 2023 foreigner card. */
export const idNumberField: FieldType = {
  normalize: normalizeIdNumber,
  problem(value, ctx) {
    const parsed = parseIdNumber(value, ctx.today, ctx.utcOffsetMinutes);
    return parsed.ok ? null : `idNumber.${parsed.problem}`;
  },
};
