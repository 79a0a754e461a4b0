import { build } from 'esbuild';

/**
 * Bundles the Electron shell: main as ESM (it imports the whole Node side), the preload as CommonJS (a sandboxed
 * preload can only `require` Electron's own modules, so everything else is bundled in). Native modules stay
 * external and load from node_modules at run time. The output folder is dist/electron, or the first argument
 * (the bundle smoke test builds into a temporary folder).
 */
const outDir = process.argv[2] ?? 'dist/electron';
const external = ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'node-hid', 'sharp'];

await Promise.all([
  build({
    entryPoints: ['electron/main.ts'],
    outfile: `${outDir}/main.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external,
    sourcemap: true,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  }),
  // The kiosk core runs in its own utilityProcess (kiosk/core-process/): a second ESM entry.
  build({
    entryPoints: ['kiosk/core-process/core-entry.ts'],
    outfile: `${outDir}/core-entry.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external,
    sourcemap: true,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  }),
  build({
    entryPoints: ['electron/preload.ts'],
    outfile: `${outDir}/preload.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  }),
]);
console.log(`built ${outDir}/main.mjs, ${outDir}/core-entry.mjs and ${outDir}/preload.cjs`);
