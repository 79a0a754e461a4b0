/** Runs the bench files named on the command line: `npx tsx bench/run-one.ts bench/<name>.bench.ts`. */
await import('./run-all');
export {};
