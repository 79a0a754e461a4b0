import { spawnSync } from 'node:child_process';

/**
 * `npm run test:reliability`: the reliability suite alone — the fuzz targets with their 1,000,000 inputs in
 * total (tests/reliability/fuzz/fuzz-budget.ts; `npm test` runs them too). FUZZ_SCALE (a factor of every
 * count, e.g. 10 for a longer search) and FUZZ_SEED (one seed for every target) explore further.
 */
const env = { ...process.env };
const r = spawnSync('npx', ['vitest', 'run', 'tests/reliability', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
process.exit(r.status ?? 1);
