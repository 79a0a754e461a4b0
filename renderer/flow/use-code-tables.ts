import { useMemo } from 'react';
import { keyOf, parseCodeTables, type CodeTables } from '../../domain/codes/code-tables';
import type { CodeTableName } from '../../domain/codes/code-keys';
import { useShell } from '../shell/shell-context';

/** The province's code tables as app.info delivered them (checked again here: the page trusts nothing). */
export function useCodeTables(): CodeTables {
  const { info } = useShell();
  return useMemo(() => {
    const parsed = parseCodeTables(info.codeTables, 'app.info');
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    return parsed.value;
  }, [info.codeTables]);
}

/** The i18n key of a code's label (`flow:options.<table>.<key>`), or null for a code outside the table. */
export function codeLabelKey(codes: CodeTables, table: CodeTableName, code: string): string | null {
  const key = keyOf(codes, table, code);
  return key === null ? null : `options.${table}.${key}`;
}
