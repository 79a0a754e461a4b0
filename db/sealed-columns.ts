import { openText, sealText } from '../security/cipher';

/**
 * Free-text columns of a case (the province's err_msg, reasons and rejt_rea, the worker's last_error, the
 * staff note) can quote a resident's name, number or address, so they are sealed with the data key like
 * `personal`. Each value is bound to its case and column (AAD), so it cannot be moved to another row.
 * Stored as `s1:` + base64; a value without the prefix is a legacy plaintext (see resealLegacyColumns).
 */
export const SEALED_CASE_COLUMNS = ['err_msg', 'reasons', 'rejt_rea', 'note', 'last_error'] as const;
export type SealedCaseColumn = (typeof SEALED_CASE_COLUMNS)[number];

const PREFIX = 's1:';
const aad = (caseId: string, column: SealedCaseColumn): string => `case:${caseId}:${column}`;

export function sealColumn(
  key: Buffer,
  caseId: string,
  column: SealedCaseColumn,
  text: string | null,
): string | null {
  return text === null ? null : `${PREFIX}${sealText(key, text, aad(caseId, column))}`;
}

export function openColumn(
  key: Buffer,
  caseId: string,
  column: SealedCaseColumn,
  stored: string | null,
): string | null {
  if (stored === null) return null;
  if (!stored.startsWith(PREFIX)) return stored;
  return openText(key, stored.slice(PREFIX.length), aad(caseId, column));
}

export function isSealedColumnValue(stored: string | null): boolean {
  return stored === null || stored.startsWith(PREFIX);
}
