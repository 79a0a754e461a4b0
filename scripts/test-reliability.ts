import { spawnSync } from 'node:child_process';

/**
 * `npm run test:reliability`: the reliability suite alone — the fuzz targets with their 1,000,000 inputs in
 * total (tests/reliability/fuzz/fuzz-budget.ts; `npm test` runs them too). FUZZ_SCALE (a factor of every
 * count, e.g. 10 for a longer search) and FUZZ_SEED (one seed for every target) explore further. The kill -9
 * suite (tests/reliability/kill-nine/) runs 100 rounds here, 6 in `npm test`; KILL_NINE_ROUNDS and
 * KILL_NINE_SEED choose others. The device faults are tests/reliability/device-faults/ (reader, printer) and the
 * camera's renderer/camera/camera-connection.reliability.test.ts (renderer code, so it lives beside it).
 */
const FULL_KILL_NINE_ROUNDS = '100';
const env = { ...process.env, KILL_NINE_ROUNDS: process.env.KILL_NINE_ROUNDS ?? FULL_KILL_NINE_ROUNDS };
const r = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'tests/reliability',
    'renderer/camera/camera-connection.reliability',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  },
);
process.exit(r.status ?? 1);
