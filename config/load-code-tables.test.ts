import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import contractDefault from '../domain/codes/tables/contract-default.json';
import { codeOf, keyOf } from '../domain/codes/code-tables';
import { loadCodeTables } from './load-code-tables';
import { SettingsError } from './load-settings';

const dir = mkdtempSync(join(tmpdir(), 'zizhu-codes-'));
const write = (name: string, json: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
};
const problemsOf = (setting: string): string[] => {
  try {
    loadCodeTables(setting);
    return [];
  } catch (e) {
    if (e instanceof SettingsError) return [...e.problems];
    throw e;
  }
};

describe('code tables at start-up', () => {
  it('ships the contract’s values as the default table', () => {
    const codes = loadCodeTables('contract-default');
    expect(codeOf(codes, 'psn_idet_type', 'unemployed-adult')).toBe('14');
    expect(codeOf(codes, 'bank', 'icbc')).toBe('102');
    expect(codeOf(codes, 'matl_type', 'promise')).toBe('ZZ0299');
    expect(keyOf(codes, 'cert_type', '17')).toBe('residence-permit');
    expect(keyOf(codes, 'cert_type', '99')).toBeNull();
  });

  it('reads a table file by path', () => {
    const second = structuredClone(contractDefault);
    second.tables.subs_type.none = 'N';
    expect(codeOf(loadCodeTables(write('second.json', second)), 'subs_type', 'none')).toBe('N');
  });

  it('stops start-up naming the table and the entry of every problem', () => {
    const bad = structuredClone(contractDefault) as { name: string; tables: Record<string, unknown> };
    delete (bad.tables.gend as Record<string, string>).female;
    (bad.tables.subs_type as Record<string, string>).dibao = '0'; // same code as 无
    (bad.tables.bank as Record<string, string>).icbc = '1020304';
    (bad.tables.agnter_rlts as Record<string, string>).neighbour = '7';
    delete bad.tables.fil_type;
    const path = write('bad.json', bad);
    expect(problemsOf(path)).toEqual([
      `codeTables: ${path}: table gend entry female: missing`,
      `codeTables: ${path}: table subs_type entry dibao: the code "0" is also none`,
      `codeTables: ${path}: table bank entry icbc: the code "1020304" is longer than 6 characters`,
      `codeTables: ${path}: table agnter_rlts entry neighbour: not a value the kiosk knows`,
      `codeTables: ${path}: table fil_type: missing`,
    ]);
  });

  it('refuses a file that is not JSON, and a name that is neither shipped nor a path', () => {
    const path = write('broken.json', '{ "name": ');
    expect(problemsOf(path)[0]).toMatch(/^codeTables: .*broken\.json: cannot be read as JSON/);
    expect(problemsOf('guangxi')).toEqual([
      'codeTables: "guangxi" is neither a shipped table (contract-default) nor a file path',
    ]);
  });

  it('refuses a device, a directory and an oversized file instead of reading them', () => {
    expect(problemsOf('/dev/zero')).toEqual([
      'codeTables: /dev/zero: not a regular file (a character device)',
    ]);
    expect(problemsOf(dir)).toEqual([`codeTables: ${dir}: not a regular file (a directory)`]);
    const big = write('big.json', `{"name":"${'x'.repeat(1024 * 1024)}"}`);
    expect(problemsOf(big)[0]).toMatch(/^codeTables: .*big\.json: \d+ bytes, more than the 1048576 bytes/);
  });
});
