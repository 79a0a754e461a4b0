/// <reference lib="dom" />
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VoiceLanguage } from '../../renderer/voice/voice-languages';

/**
 * What the kiosk played, as heard from inside the page: every HTMLMediaElement.play() is recorded with whether
 * Chromium really started playing it, and a played clip's loudness is measured by decoding it with WebAudio.
 */
type Manifest = { voices: Record<VoiceLanguage, Record<string, string>> };
const MANIFEST = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../renderer/voice/prompt-manifest.json'), 'utf8'),
) as Manifest;

/** Root-mean-square amplitude (full scale 1.0) above which a clip is speech, not silence (espeak-ng: ~0.1). */
export const AUDIBLE_RMS = 0.02;

declare global {
  interface Window {
    __played?: Array<{ src: string; playing: boolean }>;
    __heardUpTo?: number;
  }
}

/**
 * Clips are played this many times faster than the kiosk plays them: what is checked is that Chromium started
 * each one and that its decoded samples are loud, neither of which depends on the rate; the journeys run sooner.
 */
export const TEST_PLAYBACK_RATE = 4;

/** Installs the recorder before the kiosk's scripts run. */
export async function recordPlayback(page: Page): Promise<void> {
  await page.addInitScript((rate) => {
    const played: Array<{ src: string; playing: boolean }> = [];
    window.__played = played;
    const play = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'play')?.value as (
      this: HTMLMediaElement,
    ) => Promise<void>;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const entry = { src: this.src, playing: false };
      played.push(entry);
      this.addEventListener('playing', () => (entry.playing = true), { once: true });
      this.playbackRate = rate;
      return play.call(this);
    };
  }, TEST_PLAYBACK_RATE);
}

/** The clip names of a piece (every piece of a string with placeholders), in one voice. */
export function clipsOf(voice: VoiceLanguage, id: string): string[] {
  const clips = Object.entries(MANIFEST.voices[voice])
    .filter(([pieceId]) => pieceId === id || pieceId.startsWith(`${id}#`))
    .map(([, clip]) => clip);
  if (clips.length === 0) throw new Error(`no clip for ${id} in ${voice}`);
  return clips;
}

/** The clips Chromium started playing, from the `from`-th play() on. */
export async function playedClips(page: Page, from = 0): Promise<string[]> {
  const played = await page.evaluate(() => window.__played ?? []);
  return played
    .slice(from)
    .filter((p) => p.playing)
    .map((p) => /([0-9a-f]{16})\.ogg$/.exec(p.src)?.[1] ?? p.src);
}

/**
 * Waits until every clip of these pieces has played since the previous check on this page, then checks that
 * each of them is audible.
 */
export async function expectHeard(page: Page, voice: VoiceLanguage, ids: readonly string[]): Promise<void> {
  const wanted = ids.flatMap((id) => clipsOf(voice, id));
  // How many plays earlier checks accounted for (kept in the page: a reload starts the count again).
  const from = await page.evaluate(() => window.__heardUpTo ?? 0);
  await expect
    .poll(
      async () => {
        const played = await playedClips(page, from);
        return wanted.filter((c) => !played.includes(c));
      },
      { message: `clips of ${ids.join(', ')} (${voice}) played`, timeout: 45_000 },
    )
    .toEqual([]);
  await page.evaluate(() => (window.__heardUpTo = window.__played?.length ?? 0));
  for (const clip of wanted)
    expect(await rmsOf(page, clip), `loudness of ${clip}`).toBeGreaterThan(AUDIBLE_RMS);
}

/** The clip decoded as Chromium decodes it for playback, and its RMS amplitude. */
export async function rmsOf(page: Page, clip: string): Promise<number> {
  return page.evaluate(async (name) => {
    const bytes = await (await fetch(`voice/${name}.ogg`)).arrayBuffer();
    const audio = await new OfflineAudioContext(1, 1, 24_000).decodeAudioData(bytes);
    const samples = audio.getChannelData(0);
    let sum = 0;
    for (const s of samples) sum += s * s;
    return Math.sqrt(sum / samples.length);
  }, clip);
}

export async function osVoiceCount(page: Page): Promise<number> {
  return page.evaluate(() => speechSynthesis.getVoices().length);
}
