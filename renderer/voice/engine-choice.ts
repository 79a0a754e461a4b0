import type { VoiceLanguage } from './voice-languages';

/** What the kiosk needs to know of an OS voice (SpeechSynthesisVoice has these fields). */
export type OsVoice = Readonly<{ name: string; lang: string; localService: boolean }>;

const SPEAKS: Record<VoiceLanguage, (lang: string) => boolean> = {
  // zh-HK and zh-MO voices speak Cantonese, so a bare "zh-" prefix is not Mandarin
  cmn: (l) =>
    ['zh', 'zh-cn', 'zh-sg', 'zh-tw', 'cmn'].includes(l) || /^(cmn|zh-hans|zh-hant-tw)(-|$)/.test(l),
  yue: (l) => ['zh-hk', 'zh-mo', 'zh-yue'].includes(l) || /^(yue|zh-hant-hk)(-|$)/.test(l),
  en: (l) => l === 'en' || l.startsWith('en-'),
};

/** The same engine as the shipped clips (espeak-ng behind speech-dispatcher) is no better than the clips. */
const SAME_AS_CLIPS = /espeak|speech-dispatcher|mbrola/i;

/** An OS voice that speaks the language at all: used for stretches the clips do not have (a name). */
export function osVoiceFor(voices: readonly OsVoice[], voice: VoiceLanguage): OsVoice | undefined {
  return voices.find((v) => SPEAKS[voice](v.lang.toLowerCase().replace(/_/g, '-')));
}

/**
 * An OS voice better than the shipped clips: it speaks the language, runs on the kiosk itself (an online voice
 * goes quiet when the network does) and is not espeak-ng again. Then it reads the whole text, names included.
 */
export function betterOsVoice(voices: readonly OsVoice[], voice: VoiceLanguage): OsVoice | undefined {
  return voices.find(
    (v) =>
      v.localService && !SAME_AS_CLIPS.test(v.name) && SPEAKS[voice](v.lang.toLowerCase().replace(/_/g, '-')),
  );
}
