import { isSelectable } from '../../domain/regions/regions';
import type { FieldType } from './field-type';

/** 行政区划 picked from the cascade: a 6-digit county-level code (港澳台 only where the item allows them). */
export function regionField(includeHkMoTw: boolean): FieldType {
  return {
    normalize: (raw) => raw.trim(),
    problem: (value) => (isSelectable(value, { includeHkMoTw }) ? null : 'region.incomplete'),
  };
}
