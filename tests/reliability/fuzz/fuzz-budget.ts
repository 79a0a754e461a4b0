import type fc from 'fast-check';

/**
 * How many inputs each fuzz target gets, and with which seed: 1,000,000 inputs in total. They all run in CI
 * (`npm test`): the whole set measured about 64 s of CPU under vitest here (5 min of wall time on a machine
 * whose 2 cores were shared by a load of 15), inside the ~2 min of CPU allowed for it. FUZZ_SCALE multiplies
 * every count (0.1 for a quick local run, 10 for a longer search); `npm run test:reliability` runs only this
 * suite. Seeds are fixed and printed so a failure reproduces; FUZZ_SEED replaces them all to explore further.
 * With a smaller FUZZ_SCALE a target runs the first inputs of the same sequence.
 */
export const FULL_INPUTS: Readonly<Record<FuzzTarget, number>> = {
  'sam-frame-parser': 250_000,
  'hid-pos-report': 250_000,
  'escpos-tokenizer': 250_000,
  'escpos-encoder': 60_000,
  'api-dispatch': 120_000,
  'ws-frame-decode': 50_000,
  'settings-loader': 20_000,
};

export type FuzzTarget =
  | 'sam-frame-parser'
  | 'hid-pos-report'
  | 'escpos-tokenizer'
  | 'escpos-encoder'
  | 'api-dispatch'
  | 'ws-frame-decode'
  | 'settings-loader';

/** Fixed per target, so adding a target does not shift the others' inputs. */
const SEEDS: Readonly<Record<FuzzTarget, number>> = {
  'sam-frame-parser': 0x5a3f_0001,
  'hid-pos-report': 0x5a3f_0002,
  'escpos-tokenizer': 0x5a3f_0003,
  'escpos-encoder': 0x5a3f_0004,
  'api-dispatch': 0x5a3f_0005,
  'ws-frame-decode': 0x5a3f_0006,
  'settings-loader': 0x5a3f_0007,
};

/** The share of FULL_INPUTS run when FUZZ_SCALE is not set: all of it. */
const DEFAULT_SCALE = 1;

/** A whole target may take at most this long; past it the run is interrupted and reported as a failure (a hang). */
const TARGET_TIME_LIMIT_MS = 10 * 60_000;
/** vitest's own limit for a fuzz test: past fast-check's, so fast-check reports the interrupt itself. */
export const FUZZ_TEST_TIMEOUT_MS = TARGET_TIME_LIMIT_MS + 60_000;

export type FuzzRun = Readonly<{
  target: FuzzTarget;
  seed: number;
  numRuns: number;
  params: fc.Parameters<unknown>;
}>;

function scale(): number {
  const raw = process.env.FUZZ_SCALE;
  if (raw === undefined || raw === '') return DEFAULT_SCALE;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`FUZZ_SCALE must be a positive number, got ${raw}`);
  return n;
}

export function fuzzRun(target: FuzzTarget): FuzzRun {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : SEEDS[target];
  const numRuns = Math.max(1, Math.round(FULL_INPUTS[target] * scale()));
  return {
    target,
    seed,
    numRuns,
    params: {
      seed,
      numRuns,
      interruptAfterTimeLimit: TARGET_TIME_LIMIT_MS,
      markInterruptAsFailure: true,
      // Per input, for the async targets (dispatch): a call that takes longer fails as a hang.
      timeout: 2_000,
      endOnFailure: true,
    },
  };
}

/** One line per target in the test output: what ran, how often, from which seed. */
export function report(run: FuzzRun, inputs: number, extra = ''): void {
  console.log(
    `fuzz ${run.target}: ${inputs} inputs, seed 0x${run.seed.toString(16)}${extra ? `; ${extra}` : ''}`,
  );
}
