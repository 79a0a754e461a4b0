import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

/**
 * `npm run bench`: runs every bench/*.bench.ts (or the files named on the command line), prints each figure as
 * a ratio against its same-run baseline, and writes bench/results/latest.{json,md} for the README.
 */
const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = (
  wanted.length > 0
    ? wanted
    : readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
).map((f) => (f.includes('/') ? f : join(dir, f)));

const results: Array<BenchResult & { file: string }> = [];
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

const fmt = (n: number) =>
  Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3)) : '–';
const lines = [
  '| figure | measured | baseline | ratio | target | met |',
  '|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.measured)} ${r.unit} | ${fmt(r.baseline)} ${r.unit} | ${fmt(r.ratio)} | ${r.target} | ${r.pass ? 'yes' : 'NO'} |`,
  ),
];
console.log(`\n${lines.join('\n')}`);
const notes = results.filter((x) => x.notes).map((r) => `- ${r.name}: ${r.notes}`);
for (const n of notes) console.log(n);

const out = join(dir, 'results');
mkdirSync(out, { recursive: true });
const stamp = { date: new Date().toISOString(), node: process.version, results };
writeFileSync(join(out, 'latest.json'), JSON.stringify(stamp, null, 2));
writeFileSync(
  join(out, 'latest.md'),
  `Measured ${stamp.date} (Node ${process.version}).\n\n${lines.join('\n')}\n`,
);
// The README's figures are this table, never typed by hand (between its bench:start and bench:end markers).
if (wanted.length === 0) {
  const readme = join(dir, '..', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const block = `<!-- bench:start -->\nMeasured ${stamp.date} (Node ${process.version}).\n\n${lines.join('\n')}\n\n${notes.join('\n')}${notes.length ? '\n' : ''}<!-- bench:end -->`;
  writeFileSync(readme, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
}
const missed = results.filter((r) => !r.pass);
if (missed.length > 0) console.log(`\nMISSED: ${missed.map((r) => r.name).join('; ')}`);
process.exit(missed.length === 0 ? 0 : 1);
