import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../config/defaults';
import { ENV_OVERRIDES, loadSettings, SettingsError } from '../../../config/load-settings';
import { SettingsSchema } from '../../../config/settings-schema';
import { FUZZ_TEST_TIMEOUT_MS, fuzzRun, report } from './fuzz-budget';

/**
 * The settings loader (config/load-settings.ts) on broken settings files and environment values: not JSON,
 * not an object, every known setting replaced by a wrong type or value, unknown and `__proto__` keys,
 * secrets in the file, deep nesting, a byte order mark. Contract: it returns settings the schema accepts,
 * or throws SettingsError listing problems; never any other error (start-up reports those as a crash).
 */
const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'zizhu-fuzz-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const configPath = join(root, 'settings.json');

/** Every leaf path of the defaults: the settings a file can get wrong. */
function leafPaths(v: unknown, at: Array<string> = []): Array<Array<string>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [at];
  return Object.entries(v).flatMap(([k, x]) => [at.length > 0 ? at : [], ...leafPaths(x, [...at, k])]);
}
const PATHS = leafPaths(defaultSettings(root, root)).filter((p) => p.length > 0);
const EXTRA_PATHS = [
  ['__proto__'],
  ['__proto__', 'mode'],
  ['constructor', 'prototype'],
  ['province', 'paasToken'],
  ['province', 'privateKeyHex'],
  ['unknownSetting'],
];

const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', 'production', 'demo', 'embedded', 'simulator', '-1', '1e309', '/', 'zh-CN'),
  fc.constantFrom(0, -1, 65536, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER),
  fc.string({ maxLength: 30 }),
);
const deepJson = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

function setAt(target: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = Object.getOwnPropertyDescriptor(node, key)?.value as unknown;
    const child = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {};
    Object.defineProperty(node, key, { value: child, enumerable: true, writable: true, configurable: true });
    node = child as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

const mutatedFile = fc
  .array(fc.tuple(fc.constantFrom(...PATHS, ...EXTRA_PATHS), weird), { maxLength: 6 })
  .map((edits) => {
    const file: Record<string, unknown> = {};
    for (const [path, value] of edits) setAt(file, path, value);
    return JSON.stringify(file);
  });
const fileText = fc.oneof(
  { weight: 6, arbitrary: mutatedFile },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: mutatedFile.map((t) => `\uFEFF${t}`) },
  { weight: 1, arbitrary: mutatedFile.map((t) => t.slice(0, Math.floor(t.length / 2))) },
  { weight: 1, arbitrary: fc.constantFrom(deepJson(5_000), '{"mode":"demo","mode":"production"}', 'null') },
);
const envArb = fc.dictionary(
  fc.constantFrom(...Object.keys(ENV_OVERRIDES)),
  fc.oneof(
    weird.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
    fc.constant(''),
  ),
  { maxKeys: 4 },
);

describe('fuzz: settings loader', () => {
  it(
    'returns valid settings or throws SettingsError with problems, never another error',
    () => {
      const run = fuzzRun('settings-loader');
      let inputs = 0;
      let loaded = 0;
      fc.assert(
        fc.property(fileText, envArb, fc.constantFrom('demo', 'production', undefined), (text, env, mode) => {
          inputs++;
          writeFileSync(configPath, text);
          try {
            const r = loadSettings({
              ...env,
              KIOSK_DATA_DIR: root,
              KIOSK_CONFIG: configPath,
              ...(mode ? { KIOSK_MODE: mode } : {}),
            });
            expect(SettingsSchema.safeParse(r.settings).success).toBe(true);
            loaded++;
          } catch (e) {
            if (!(e instanceof SettingsError)) throw e;
            expect(e.problems.length).toBeGreaterThan(0);
            for (const p of e.problems) expect(typeof p === 'string' && p.length > 0).toBe(true);
          }
        }),
        run.params,
      );
      report(run, inputs, `${loaded} loaded, the rest refused with SettingsError`);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

/**
 * Paths that are not small regular files, as `KIOSK_CONFIG` or `codeTables`: before they were refused,
 * `/dev/zero` made the loader read forever and a FIFO blocked it. Each must be refused with a SettingsError
 * naming the path and what it is; the test finishing at all is the no-hang check.
 */
describe('settings loader: paths that are not configuration files', () => {
  const fifo = join(root, 'settings.fifo');
  execFileSync('mkfifo', [fifo]);
  const directory = join(root, 'a-directory');
  mkdirSync(directory);
  const oversized = join(root, 'oversized.json');
  writeFileSync(oversized, `{"terminal":{"name":"${'x'.repeat(2 * 1024 * 1024)}"}}`);
  const CASES = [
    ['/dev/zero', /not a regular file \(a character device\)/],
    ['/dev/urandom', /not a regular file \(a character device\)/],
    [fifo, /not a regular file \(a FIFO\)/],
    [directory, /not a regular file \(a directory\)/],
    [oversized, /\d+ bytes, more than the 1048576 bytes a configuration file may have/],
  ] as const;
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadSettings({ KIOSK_DATA_DIR: root, KIOSK_MODE: 'demo', ...env });
      return [];
    } catch (e) {
      if (e instanceof SettingsError) return [...e.problems];
      throw e;
    }
  };
  for (const [path, why] of CASES) {
    it(`codeTables ${path.startsWith(root) ? path.slice(root.length + 1) : path}: refused, not read`, () => {
      writeFileSync(configPath, '{}');
      const problems = problemsOf({ KIOSK_CONFIG: configPath, KIOSK_CODE_TABLES: path });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`codeTables: ${path}: `);
      expect(problems[0]).toMatch(why);
    });
    it(`settings file ${path.startsWith(root) ? path.slice(root.length + 1) : path}: refused, not read`, () => {
      const problems = problemsOf({ KIOSK_CONFIG: path });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`${path}: `);
      expect(problems[0]).toMatch(why);
    });
  }
});
