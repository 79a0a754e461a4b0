import type { Language } from '../../api/languages';

/**
 * The languages the kiosk speaks. The display language stays zh-CN / zh-TW / en; the voice is chosen beside it,
 * so a Cantonese speaker can read 简体 on the screen and hear 粤语.
 */
export const VOICE_LANGUAGES = ['cmn', 'yue', 'en'] as const;
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];

/** The locale whose strings a voice reads: 粤语 reads the same written Chinese as 普通话, as Guangdong's own do. */
export const VOICE_SOURCE_LOCALE: Record<VoiceLanguage, Language> = { cmn: 'zh-CN', yue: 'zh-CN', en: 'en' };

/** The voice a display language starts with (the resident can pick another). */
export const DEFAULT_VOICE: Record<Language, VoiceLanguage> = { 'zh-CN': 'cmn', 'zh-TW': 'cmn', en: 'en' };

/** BCP 47 tags of each voice, first the one an OS voice is most likely to carry (speechSynthesis voice.lang). */
export const VOICE_LANG_TAGS: Record<VoiceLanguage, readonly string[]> = {
  cmn: ['zh-CN', 'cmn', 'zh', 'zh-TW', 'cmn-Hans-CN'],
  yue: ['zh-HK', 'yue', 'zh-yue', 'yue-HK', 'zh-MO'],
  en: ['en-US', 'en-GB', 'en'],
};

export function isVoiceLanguage(value: unknown): value is VoiceLanguage {
  return typeof value === 'string' && (VOICE_LANGUAGES as readonly string[]).includes(value);
}
