import { CODE_KEYS, CODE_MAX_LENGTH, CODE_TABLE_NAMES, type CodeKey, type CodeTableName } from './code-keys';

/**
 * One province's code tables: for every table, the kiosk's name of a value → the province's code. Parsed and
 * checked once at start-up; after that every lookup is total (a missing entry cannot happen at run time).
 */
export type CodeTables = Readonly<{
  /** Shown in admin mode and logs: which province's tables are in force. */
  name: string;
  tables: Readonly<{ [T in CodeTableName]: Readonly<Record<CodeKey<T>, string>> }>;
}>;

export type CodeTablesParse = { ok: true; value: CodeTables } | { ok: false; problems: string[] };

const CODE_PATTERN = /^[0-9A-Za-z]+$/;

/** Checks a code-table file's JSON: every table and entry present, codes well-formed, short and unique. */
export function parseCodeTables(json: unknown, source: string): CodeTablesParse {
  const problems: string[] = [];
  const root = isObject(json) ? json : null;
  if (!root) return { ok: false, problems: [`${source}: must hold a JSON object`] };
  const name = typeof root.name === 'string' && root.name !== '' ? root.name : null;
  if (!name) problems.push(`${source}: "name" must be a non-empty string`);
  const tables = isObject(root.tables) ? root.tables : null;
  if (!tables) return { ok: false, problems: [...problems, `${source}: "tables" must be an object`] };

  for (const extra of Object.keys(tables).filter((t) => !(CODE_TABLE_NAMES as string[]).includes(t)))
    problems.push(`${source}: table ${extra}: not a table the kiosk uses`);
  for (const table of CODE_TABLE_NAMES) {
    const entries = tables[table];
    if (!isObject(entries)) {
      problems.push(`${source}: table ${table}: missing`);
      continue;
    }
    const keys: ReadonlyArray<string> = CODE_KEYS[table];
    const seen = new Map<string, string>();
    for (const key of keys) {
      const code = entries[key];
      const where = `${source}: table ${table} entry ${key}`;
      if (code === undefined) problems.push(`${where}: missing`);
      else if (typeof code !== 'string' || !CODE_PATTERN.test(code))
        problems.push(`${where}: the code must be letters or digits`);
      else if (code.length > CODE_MAX_LENGTH[table])
        problems.push(`${where}: the code "${code}" is longer than ${CODE_MAX_LENGTH[table]} characters`);
      else if (seen.has(code)) problems.push(`${where}: the code "${code}" is also ${seen.get(code)}`);
      else seen.set(code, key);
    }
    for (const extra of Object.keys(entries).filter((k) => !keys.includes(k)))
      problems.push(`${source}: table ${table} entry ${extra}: not a value the kiosk knows`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { name: name as string, tables: tables as CodeTables['tables'] } };
}

/** The province's code for one of the kiosk's values. */
export function codeOf<T extends CodeTableName>(codes: CodeTables, table: T, key: CodeKey<T>): string {
  return codes.tables[table][key];
}

/** The code of a key named by data (an item definition's fixedKey); null when the table has no such key. */
export function lookupCode(codes: CodeTables, table: CodeTableName, key: string): string | null {
  const entries = codes.tables[table] as Readonly<Record<string, string>>;
  return Object.hasOwn(entries, key) ? (entries[key] as string) : null;
}

/** The kiosk's name of a province code, or null when the code is not in the table. */
export function keyOf<T extends CodeTableName>(codes: CodeTables, table: T, code: string): CodeKey<T> | null {
  const entries = codes.tables[table] as Readonly<Record<string, string>>;
  const keys: ReadonlyArray<string> = CODE_KEYS[table];
  return (keys.find((k) => entries[k] === code) as CodeKey<T> | undefined) ?? null;
}

/** Every [name, code] of a table, in the order the screens offer them. */
export function entriesOf<T extends CodeTableName>(
  codes: CodeTables,
  table: T,
): ReadonlyArray<readonly [CodeKey<T>, string]> {
  const entries = codes.tables[table] as Readonly<Record<string, string>>;
  return (CODE_KEYS[table] as ReadonlyArray<CodeKey<T>>).map((k) => [k, entries[k] as string] as const);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
