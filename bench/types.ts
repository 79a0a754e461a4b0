/**
 * One benchmark figure, always a ratio against a baseline measured in the same run on the same machine,
 * because these machines are noisy (DEVELOPERS.md). `npm run bench` collects these from every bench module.
 */
export type BenchResult = Readonly<{
  name: string;
  /** What `measured` and `baseline` are in, e.g. 'ms p99', 'req/s'. */
  unit: string;
  measured: number;
  baseline: number;
  /** measured / baseline (or the figure the target is stated in). */
  ratio: number;
  /** The target as written in SPEC.md, e.g. '≤ 1.5'. */
  target: string;
  pass: boolean;
  notes?: string;
}>;

/** A bench module's default export. */
export type BenchModule = () => Promise<ReadonlyArray<BenchResult>>;
