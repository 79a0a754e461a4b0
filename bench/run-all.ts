import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

/**
 * `npm run bench`: runs every bench/*.bench.ts (or the files named on the command line), prints each figure as
 * a ratio against its same-run baseline, and writes bench/results/latest.{json,md} for the README.
 * `--rerun` with named files: their rows replace the same files' rows of the last full run (the others are
 * kept, each file's run time is recorded), and the README's table is made again from the result. For a bench
 * that failed to run in the full run, or one changed since.
 */
const dir = import.meta.dirname;
const rerun = process.argv.includes('--rerun');
const wanted = process.argv.slice(2).filter((a) => a !== '--rerun');
if (rerun && wanted.length === 0) throw new Error('--rerun needs the bench files to run again');
const files = (
  wanted.length > 0
    ? wanted
    : readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
).map((f) => (f.includes('/') ? f : join(dir, f)));

type Row = BenchResult & { file: string };
type Stamp = { date: string; node: string; reruns?: Record<string, string>; results: Row[] };
const out = join(dir, 'results');
const results: Row[] = [];
for (const file of files) {
  const name = file.split('/').pop() ?? file;
  process.stdout.write(`running ${name} … `);
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default: BenchModule };
    const out = await mod.default();
    results.push(...out.map((r) => ({ ...r, file: name })));
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log('FAILED');
    console.error(error);
    results.push({
      file: name,
      name: `${name} (failed to run)`,
      unit: '',
      measured: NaN,
      baseline: NaN,
      ratio: NaN,
      target: '',
      pass: false,
    });
  }
}

const runAt = new Date().toISOString();
let stamp: Stamp = { date: runAt, node: process.version, results };
if (rerun) {
  const last = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Stamp;
  const names = new Set(results.map((r) => r.file));
  const reruns = { ...last.reruns };
  for (const name of names) reruns[name] = runAt;
  // Each rerun file's rows take the place of its old rows, so the table keeps its order.
  const merged: Row[] = [];
  for (const row of last.results) {
    if (!names.has(row.file)) merged.push(row);
    else if (!merged.some((r) => r.file === row.file))
      merged.push(...results.filter((r) => r.file === row.file));
  }
  for (const row of results) if (!merged.includes(row)) merged.push(row);
  stamp = { ...last, reruns, results: merged };
}
const rows = stamp.results;
const fmt = (n: number) =>
  Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3)) : '–';
const lines = [
  '| figure | measured | baseline | ratio | target | met |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.measured)} ${r.unit} | ${fmt(r.baseline)} ${r.unit} | ${fmt(r.ratio)} | ${r.target} | ${r.pass ? 'yes' : 'NO'} |`,
  ),
];
console.log(`\n${lines.join('\n')}`);
const notes = rows.filter((x) => x.notes).map((r) => `- ${r.name}: ${r.notes}`);
for (const n of notes) console.log(n);

const reran = Object.entries(stamp.reruns ?? {}).map(([file, at]) => `${file} run again ${at}`);
const heading = `Measured ${stamp.date} (Node ${stamp.node})${reran.length ? `; ${reran.join(', ')}` : ''}.`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), JSON.stringify(stamp, null, 2));
writeFileSync(join(out, 'latest.md'), `${heading}\n\n${lines.join('\n')}\n`);
// The README's figures are this table, never typed by hand (between its bench:start and bench:end markers).
if (wanted.length === 0 || rerun) {
  const readme = join(dir, '..', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const block = `<!-- bench:start -->\n${heading}\n\n${lines.join('\n')}\n\n${notes.join('\n')}${notes.length ? '\n' : ''}<!-- bench:end -->`;
  writeFileSync(readme, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
}
const missed = rows.filter((r) => !r.pass);
if (missed.length > 0) console.log(`\nMISSED: ${missed.map((r) => r.name).join('; ')}`);
process.exit(missed.length === 0 ? 0 : 1);
