import { createHash } from 'node:crypto';
import type { VoiceLanguage } from '../../renderer/voice/voice-languages';

/**
 * How each voice is rendered: Debian's espeak-ng (a field-made offline engine), then Opus in OGG through ffmpeg.
 * Mandarin uses espeak-ng's `cmn-latn-pinyin`: with espeak-ng 1.51 (Debian 12) the plain `cmn` voice converts
 * 汉字 to pinyin and then reads that pinyin as English ("请" comes out as "king"); `cmn-latn-pinyin` reads it as
 * pinyin. Letters of a code are read with `cmn`, which says Latin letters the way residents say them.
 */
export const ESPEAK_VOICE: Record<VoiceLanguage, { text: string; letters: string }> = {
  cmn: { text: 'cmn-latn-pinyin', letters: 'cmn' },
  yue: { text: 'yue', letters: 'yue' },
  en: { text: 'en-us', letters: 'en-us' },
};
/** Words per minute: a little slower than espeak-ng's 175, since many residents are elderly. */
export const ESPEAK_SPEED = 150;
/** Speech-grade Opus: about 2 kB per second of speech. */
export const OPUS_BITRATE = '16k';
/** Bump to re-render every clip when the pipeline changes in a way the text and voice do not show. */
const PIPELINE_VERSION = 1;

/** The clip's name: the hash of everything that decides its sound. */
export function clipHash(espeakVoice: string, text: string): string {
  const key = JSON.stringify([PIPELINE_VERSION, espeakVoice, ESPEAK_SPEED, OPUS_BITRATE, text]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function espeakArgs(espeakVoice: string, text: string, wavPath: string): string[] {
  return ['-v', espeakVoice, '-s', String(ESPEAK_SPEED), '-w', wavPath, text];
}

/** Leading and trailing silence trimmed, so clips assembled one after another (digits) run together. */
const TRIM = 'silenceremove=start_periods=1:start_threshold=-50dB';
export const FFMPEG_FILTER = `${TRIM},areverse,${TRIM},areverse`;

/** One ffmpeg run encodes many WAV files (starting ffmpeg costs more than encoding a prompt). */
export function ffmpegArgs(jobs: ReadonlyArray<{ wav: string; ogg: string }>): string[] {
  const inputs = jobs.flatMap((j) => ['-i', j.wav]);
  const outputs = jobs.flatMap((j, i) => [
    '-map',
    `${i}:a`,
    '-af',
    FFMPEG_FILTER,
    '-ac',
    '1',
    '-ar',
    '24000',
    '-c:a',
    'libopus',
    '-b:a',
    OPUS_BITRATE,
    '-application',
    'voip',
    '-map_metadata',
    '-1',
    j.ogg,
  ]);
  return ['-hide_banner', '-loglevel', 'error', '-y', ...inputs, ...outputs];
}
