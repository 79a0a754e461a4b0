import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir, defaultKeyDir, defaultSettings } from './defaults';
import { loadCodeTables } from './load-code-tables';
import { ConfigFileError, readSmallFile } from './read-small-file';
import { FAULT_POINT_ENV } from '../kiosk/fault-point';
import { productionProblems } from './production-checks';
import { secretsInSettings } from './secret-settings';
import { SettingsError } from './settings-error';
import { SettingsSchema, type Settings } from './settings-schema';

/** Environment variables that override one setting each (technicians and tests use these). */
export const ENV_OVERRIDES = {
  KIOSK_MODE: ['mode'],
  KIOSK_DATA_DIR: ['dataDir'],
  KIOSK_DATA_KEY: ['keys', 'dataKeyPath'],
  KIOSK_SECRETS: ['keys', 'secretsPath'],
  KIOSK_HOST_PORT: ['host', 'port'],
  KIOSK_PROVINCE_URL: ['province', 'url'],
  KIOSK_IDCARD_PORT: ['devices', 'idcard', 'port'],
  KIOSK_PRINTER_PORT: ['devices', 'printer', 'port'],
  KIOSK_SCANNER: ['devices', 'scanner', 'mode'],
  KIOSK_CAMERA_LABEL: ['devices', 'camera', 'label'],
  KIOSK_CODE_TABLES: ['codeTables'],
} as const satisfies Record<string, ReadonlyArray<string>>;

const NUMERIC = new Set(['KIOSK_HOST_PORT']);

/** Which settings `env` overrides: setting path (`devices.idcard.port`) → variable name. */
export function envOverridesIn(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, path] of Object.entries(ENV_OVERRIDES)) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') out[path.join('.')] = name;
  }
  return out;
}

export { SettingsError } from './settings-error';

export type LoadedSettings = Readonly<{ settings: Settings; configPath: string; fromFile: boolean }>;

export function loadSettings(env: NodeJS.ProcessEnv = process.env): LoadedSettings {
  const dataDir = env.KIOSK_DATA_DIR || defaultDataDir(env);
  const configPath = env.KIOSK_CONFIG || join(dataDir, 'settings.json');
  const fromFile = existsSync(configPath);
  const file = fromFile ? readJson(configPath) : {};
  if (!isPlainObject(file)) throw new SettingsError([`${configPath}: must hold a JSON object`]);

  const merged = deepMerge(defaultSettings(dataDir, defaultKeyDir(env)), file);
  const envSources = new Map<string, string>();
  for (const [name, path] of Object.entries(ENV_OVERRIDES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    setPath(merged, path, NUMERIC.has(name) && /^\d+$/.test(raw) ? Number(raw) : raw);
    envSources.set(path.join('.'), name);
  }

  const secretsPath = (merged.keys as { secretsPath?: unknown } | undefined)?.secretsPath;
  const leaked = secretsInSettings(file, configPath, typeof secretsPath === 'string' ? secretsPath : '');
  if (leaked.length > 0) throw new SettingsError(leaked);

  const describe = (path: string) => {
    const via = envSources.get(path);
    if (via) return `${path} (from ${via})`;
    return fromFile ? `${path} (in ${configPath})` : `${path} (default)`;
  };
  const parsed = SettingsSchema.safeParse(merged);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map(
        (issue) => `${describe(issue.path.map(String).join('.') || '(top level)')}: ${issue.message}`,
      ),
    );
  }
  // A bad or incomplete code table stops start-up here, with the settings' other problems' exit code.
  loadCodeTables(parsed.data.codeTables);
  const refused = productionProblems(parsed.data, {
    configPath,
    fromFile,
    describe,
    faultPoint: env[FAULT_POINT_ENV],
  });
  if (refused.length > 0)
    throw new SettingsError(refused, 'Production mode refuses to start with demonstration settings:');
  return { settings: parsed.data, configPath, fromFile };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readSmallFile(path));
  } catch (error) {
    if (error instanceof ConfigFileError) throw new SettingsError([`${path}: ${error.message}`]);
    throw new SettingsError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; anything else in `over` replaces what `base` had. */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v;
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!isPlainObject(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}
