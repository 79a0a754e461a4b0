import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { manifestOf, promptCatalogue, type Prompt, type PromptManifest } from './prompt-catalogue';
import { espeakArgs, ffmpegArgs, OPUS_BITRATE } from './voice-engine';

/**
 * Renders the kiosk's voice prompts at build time (`vite build` runs it with `--out`, see vite.config.ts):
 * one Opus clip per spoken piece and voice, named by the hash of what decides its sound, kept in a cache
 * (.cache/voice/) so a build renders only what changed; then copies the clips and the manifest to
 * `<outDir>/voice/`. `npm run voice` (`--write-manifest`) also updates the committed manifest, which a unit
 * test compares with the locale files: a changed string without re-rendered prompts fails the tests.
 */
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
export const COMMITTED_MANIFEST = join(ROOT, 'renderer/voice/prompt-manifest.json');
const CACHE_DIR = join(ROOT, '.cache/voice');
const ENCODING = `Opus ${OPUS_BITRATE}b/s mono 24 kHz in OGG, espeak-ng`;
const FFMPEG_BATCH = 40;
const PARALLEL = 2;

export type RenderReport = Readonly<{
  clips: number;
  rendered: number;
  bytes: number;
  manifestStale: boolean;
}>;

export async function renderPrompts(options: {
  outDir?: string;
  writeManifest?: boolean;
  log?: (line: string) => void;
}): Promise<RenderReport> {
  const log = options.log ?? (() => undefined);
  const prompts = promptCatalogue();
  const unique = [...new Map(prompts.map((p) => [p.hash, p])).values()];
  mkdirSync(CACHE_DIR, { recursive: true });
  const missing = unique.filter((p) => !existsSync(clipPath(p.hash)));
  if (missing.length > 0) {
    await requireTools();
    log(`voice: rendering ${missing.length} of ${unique.length} prompts with espeak-ng`);
    await renderClips(missing);
  }

  const manifest = manifestOf(prompts, ENCODING);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestStale = !existsSync(COMMITTED_MANIFEST) || readFileSync(COMMITTED_MANIFEST, 'utf8') !== text;
  if (options.writeManifest && manifestStale) writeFileSync(COMMITTED_MANIFEST, text);
  else if (manifestStale) log('voice: renderer/voice/prompt-manifest.json is stale; run `npm run voice`');

  let bytes = 0;
  if (options.outDir) {
    const dir = join(options.outDir, 'voice');
    mkdirSync(dir, { recursive: true });
    for (const p of unique) {
      copyFileSync(clipPath(p.hash), join(dir, `${p.hash}.ogg`));
      bytes += statSync(clipPath(p.hash)).size;
    }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest satisfies PromptManifest));
  }
  return { clips: unique.length, rendered: missing.length, bytes, manifestStale };
}

function clipPath(hash: string): string {
  return join(CACHE_DIR, `${hash}.ogg`);
}

async function requireTools(): Promise<void> {
  for (const [tool, args] of [
    ['espeak-ng', ['--version']],
    ['ffmpeg', ['-version']],
  ] as const) {
    try {
      await run(tool, [...args]);
    } catch {
      throw new Error(`voice prompts need ${tool} (Debian package ${tool}): run bash scripts/setup.sh`);
    }
  }
}

/** espeak-ng writes WAV files, then ffmpeg encodes them in batches; both two at a time (the machines have 2 cores). */
async function renderClips(prompts: readonly Prompt[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'zizhu-voice-'));
  try {
    const jobs = prompts.map((p) => ({ prompt: p, wav: join(work, `${p.hash}.wav`), ogg: clipPath(p.hash) }));
    await pool(jobs, PARALLEL, (j) =>
      run('espeak-ng', espeakArgs(j.prompt.espeakVoice, j.prompt.text, j.wav)),
    );
    const batches: Array<typeof jobs> = [];
    for (let i = 0; i < jobs.length; i += FFMPEG_BATCH) batches.push(jobs.slice(i, i + FFMPEG_BATCH));
    // Written to a temporary name first: an interrupted build leaves no half clip in the cache.
    await pool(batches, PARALLEL, async (batch) => {
      const parts = batch.map((j) => ({ wav: j.wav, ogg: `${j.wav}.ogg` }));
      await run('ffmpeg', ffmpegArgs(parts), { maxBuffer: 16 * 1024 * 1024 });
      for (const j of batch) copyFileSync(`${j.wav}.ogg`, j.ogg);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function pool<T>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const outAt = process.argv.indexOf('--out');
  const report = await renderPrompts({
    writeManifest: process.argv.includes('--write-manifest'),
    log: console.log,
    ...(outAt > 0 && process.argv[outAt + 1] ? { outDir: process.argv[outAt + 1] } : {}),
  });
  console.log(
    `voice: ${report.clips} clips (${report.rendered} rendered now)` +
      (report.bytes ? `, ${(report.bytes / 1024 / 1024).toFixed(2)} MiB shipped` : ''),
  );
}
