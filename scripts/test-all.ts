import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: lint, typecheck, unit tests, end-to-end tests — every stage runs even if an earlier one failed,
 * so one run shows everything that is wrong. Ends with one plain line `N passed, N failed` (CI reads it).
 */
type Stage = {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  counts?: () => Counts;
};
type Counts = { passed: number; failed: number; skipped: number };

const VITEST_JSON = 'artifacts/vitest.json';
const PLAYWRIGHT_JSON = 'artifacts/playwright.json';

const stages: Stage[] = [
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format', command: 'npx', args: ['prettier', '--check', '.', '--log-level=warn'] },
  { name: 'typecheck', command: 'npx', args: ['tsc', '-b', '--noEmit'] },
  {
    name: 'unit',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
    counts: () => {
      const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8')) as Record<string, number>;
      return {
        passed: r.numPassedTests ?? 0,
        failed: r.numFailedTests ?? 0,
        skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
      };
    },
  },
  { name: 'build', command: 'npx', args: ['vite', 'build', '--logLevel=warn'] },
  {
    name: 'e2e',
    command: 'npx',
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON },
    counts: () => {
      const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8')) as {
        stats: Record<string, number>;
      };
      return {
        passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
        failed: stats.unexpected ?? 0,
        skipped: stats.skipped ?? 0,
      };
    },
  },
];

const only = process.argv.slice(2);
mkdirSync('artifacts', { recursive: true });
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failedStages: string[] = [];
for (const stage of stages) {
  if (only.length > 0 && !only.includes(stage.name)) continue;
  console.log(`\n=== ${stage.name}: ${stage.command} ${stage.args.join(' ')}`);
  for (const f of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(f, { force: true });
  const started = Date.now();
  const run = spawnSync(stage.command, stage.args, {
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts: Counts | null = null;
  try {
    counts = stage.counts?.() ?? null;
  } catch {
    counts = null;
  }
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const okStage = run.status === 0;
  if (!okStage) failedStages.push(stage.name);
  console.log(
    `=== ${stage.name}: ${okStage ? 'ok' : `FAILED (exit ${run.status ?? run.signal})`} in ${seconds}s`,
  );
}

if (failedStages.length > 0) {
  console.log(`\nFailed stages: ${failedStages.join(', ')}`);
  if (total.failed === 0) total.failed = failedStages.length; // a failed lint or typecheck counts as a failure
}
console.log(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(failedStages.length > 0 ? 1 : 0);
