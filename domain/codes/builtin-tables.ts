import contractDefault from './tables/contract-default.json';

/**
 * Code-table files shipped with the kiosk, by the name the `codeTables` setting uses. The contract's values
 * (provincial-api.md, "Code values and field rules") are the default; a province with other codes gets a
 * file of its own, named here or given to the setting as a path.
 */
export const BUILTIN_CODE_TABLES: Readonly<Record<string, unknown>> = {
  'contract-default': contractDefault,
};

export const DEFAULT_CODE_TABLES = 'contract-default';
