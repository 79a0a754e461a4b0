import { BUILTIN_CODE_TABLES } from '../domain/codes/builtin-tables';
import { parseCodeTables, type CodeTables } from '../domain/codes/code-tables';
import { ConfigFileError, readSmallFile } from './read-small-file';
import { SettingsError } from './settings-error';

/**
 * The code tables the `codeTables` setting names: a shipped table by name, or a JSON file by path. A bad or
 * incomplete table stops start-up, each problem naming the table and entry, like any other bad setting.
 */
export function loadCodeTables(setting: string): CodeTables {
  const builtin = BUILTIN_CODE_TABLES[setting];
  const json = builtin ?? readTableFile(setting);
  const parsed = parseCodeTables(json, builtin ? `code table ${setting}` : setting);
  if (!parsed.ok) throw new SettingsError(parsed.problems.map((p) => `codeTables: ${p}`));
  return parsed.value;
}

function readTableFile(path: string): unknown {
  if (!path.includes('/') && !path.includes('\\'))
    throw new SettingsError([
      `codeTables: "${path}" is neither a shipped table (${Object.keys(BUILTIN_CODE_TABLES).join(', ')}) nor a file path`,
    ]);
  try {
    return JSON.parse(readSmallFile(path));
  } catch (error) {
    if (error instanceof ConfigFileError) throw new SettingsError([`codeTables: ${path}: ${error.message}`]);
    throw new SettingsError([`codeTables: ${path}: cannot be read as JSON (${(error as Error).message})`]);
  }
}
