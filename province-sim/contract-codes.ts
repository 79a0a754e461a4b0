import { readFileSync } from 'node:fs';

/**
 * The coded fields of input.data and their default code tables, copied from the contract's table
 * ("Code values and field rules") and the transaction texts (insutype, fil_type, promise_flag). A province
 * publishes its own tables, so a simulator can be started with another set (SimulatorOptions.codeTablesFile).
 */
export const CODED_FIELDS = [
  'gend',
  'naty',
  'psn_cert_type',
  'psn_idet_type',
  'subs_type',
  'bank_name',
  'agnter_rlts',
  'agnter_cert_type',
  'insutype',
  'fil_type',
  'matl_type',
  'promise_flag',
] as const;

export type CodedField = (typeof CODED_FIELDS)[number];

export type CodeTables = Readonly<Record<CodedField, ReadonlySet<string>>>;

/** GB/T 3304 民族: 01 汉族 … 56 基诺族, 97 其他, 98 外国血统. */
const NATY = [...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')), '97', '98'];
const PSN_CERT_TYPE = ['01', '17', '07'];

const DEFAULT_CODES: Readonly<Record<CodedField, ReadonlyArray<string>>> = {
  gend: ['1', '2', '9'],
  naty: NATY,
  psn_cert_type: PSN_CERT_TYPE,
  psn_idet_type: ['11', '12', '13', '14', '19'],
  subs_type: ['0', '1', '2', '9'],
  bank_name: ['102', '103', '104', '105', '301', '403', '402', '999'],
  agnter_rlts: ['1', '2', '3', '4', '9'],
  agnter_cert_type: PSN_CERT_TYPE,
  insutype: ['310', '390'],
  fil_type: ['01', '02', '03', '04', '05'],
  matl_type: ['ZZ0101', 'ZZ0102', 'ZZ0201', 'ZZ0202', 'ZZ0203', 'ZZ0204', 'ZZ0205', 'ZZ0206', 'ZZ0299'],
  // '1' when a 个人承诺书 replaces the proof; '0' or empty otherwise (the field is optional).
  promise_flag: ['0', '1', ''],
};

/** Code lists keyed by field; the fields listed replace the defaults, the others keep them. */
export type CodeTableOverrides = Partial<Record<CodedField, ReadonlyArray<string>>>;

export function buildCodeTables(overrides: CodeTableOverrides = {}): CodeTables {
  const lists: Record<string, ReadonlyArray<string>> = { ...DEFAULT_CODES, ...overrides };
  // The contract says agnter_cert_type uses the psn_cert_type table: follow an overridden psn_cert_type.
  if (overrides.psn_cert_type && !overrides.agnter_cert_type)
    lists.agnter_cert_type = overrides.psn_cert_type;
  return Object.fromEntries(CODED_FIELDS.map((f) => [f, new Set(lists[f])])) as unknown as CodeTables;
}

/**
 * Reads a code-table file: one JSON object whose keys are coded field names and whose values are arrays of
 * code strings, e.g. `{ "psn_idet_type": ["21", "22", "29"], "bank_name": ["001", "002"] }`. Listed fields
 * replace the default table whole; unlisted fields keep the contract's defaults. An unknown field name or
 * a non-string code is an error at start-up, so a typo never silently leaves the defaults in force.
 */
export function loadCodeTablesFile(path: string): CodeTableOverrides {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${path}: a code-table file is a JSON object of field → array of codes`);
  const overrides: Record<string, ReadonlyArray<string>> = {};
  for (const [field, codes] of Object.entries(parsed)) {
    if (!(CODED_FIELDS as ReadonlyArray<string>).includes(field))
      throw new Error(`${path}: unknown coded field ${field} (known: ${CODED_FIELDS.join(', ')})`);
    if (!Array.isArray(codes) || codes.some((c) => typeof c !== 'string'))
      throw new Error(`${path}: ${field} must be an array of code strings`);
    overrides[field] = codes as Array<string>;
  }
  return overrides;
}
