import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { majorOf, projectNodeMajor, projectNodeVersions } from '../tests/support/project-node';

/**
 * Every process of the test suite runs on the project's Node (toolchain/node, the Node major of Electron 45),
 * never on the machine's Node 20: the vitest workers and the vitest process, children started with
 * process.execPath (the kill -9 child, the soak and bench children) and processes found through PATH
 * (Playwright's webServer `npx tsx …`, the bench's `npx vite build`).
 */
const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const pkg = readJson(join(root, 'package.json')) as {
  engines: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const want = projectNodeMajor();
const PROBE = [
  "const D = require('better-sqlite3');",
  "const db = new D(':memory:');",
  "const v = db.prepare('SELECT sqlite_version() AS v').get().v; db.close();",
  'console.log(JSON.stringify({ node: process.versions.node, napi: process.versions.napi, sqlite: v }));',
].join(' ');
type Probe = { node: string; napi: string; sqlite: string };

function run(command: string, args: string[]): Probe {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, `${command} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Probe;
}

describe('the toolchain runs on the Node of Electron 45', () => {
  it('the project Node is the Node major the chosen Electron ships', () => {
    expect(want).toBe(24);
    // One version for every CPU, brought as a devDependency: tests and tools only, never packaged.
    expect(new Set(Object.values(projectNodeVersions()))).toEqual(new Set(['24.22.3']));
    expect(Object.keys(projectNodeVersions()).sort()).toEqual(['arm64', 'x64']);
    expect(pkg.devDependencies['zizhu-toolchain-node']).toBe('file:toolchain/node');
    expect(pkg.dependencies['zizhu-toolchain-node']).toBeUndefined();
    // electron@45 depends on @types/node of its own Node major (^24).
    const electron = readJson(require.resolve('electron/package.json')) as {
      dependencies: Record<string, string>;
    };
    expect(majorOf(electron.dependencies['@types/node'] ?? '')).toBe(want);
    expect(majorOf(pkg.devDependencies['@types/node'] ?? '')).toBe(want);
    expect(pkg.engines.node).toBe(`>=${want}`);
    expect(majorOf(pkg.dependencies['better-sqlite3'] ?? '')).toBe(13);
  });

  it('the vitest worker and the vitest process run on it', () => {
    expect(majorOf(process.versions.node)).toBe(want);
    expect(process.version).toBe(`v${projectNodeVersions()[process.arch] ?? '?'}`);
    expect(realpathSync(process.execPath)).toBe(realpathSync(join(root, 'node_modules/.bin/node')));
    expect(Number(process.versions.napi)).toBeGreaterThanOrEqual(10);
    if (process.platform !== 'linux') return;
    // The worker's parent is the vitest process (pool: forks).
    const cmdline = readFileSync(`/proc/${process.ppid}/cmdline`, 'utf8');
    expect(cmdline).toContain('vitest');
    expect(realpathSync(readlinkSync(`/proc/${process.ppid}/exe`))).toBe(realpathSync(process.execPath));
  });

  it('a child started as the tests start theirs (process.execPath --import tsx) runs on it and loads SQLite', () => {
    const child = run(process.execPath, ['--import', 'tsx', '-e', PROBE]);
    expect(majorOf(child.node)).toBe(want);
    expect(Number(child.napi)).toBeGreaterThanOrEqual(10);
    expect(child.sqlite).toMatch(/^3\./);
  });

  it('`node` and `npx tsx` found through PATH (Playwright webServer, bench builds) run on it', () => {
    expect(majorOf(run('node', ['-e', PROBE]).node)).toBe(want);
    expect(majorOf(run('npx', ['tsx', '-e', PROBE]).node)).toBe(want);
  });

  it('better-sqlite3 uses the binary from its npm tarball: nothing was compiled for the machine Node', () => {
    const dir = dirname(require.resolve('better-sqlite3/package.json'));
    expect(existsSync(join(dir, 'prebuilds', `${process.platform}-${process.arch}.node`))).toBe(true);
    expect(existsSync(join(dir, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
    // npm's implicit `node-gyp rebuild` (binding.gyp) is denied: it would run on the machine's Node.
    expect(pkg.allowScripts['better-sqlite3']).toBe(false);
  });
});
