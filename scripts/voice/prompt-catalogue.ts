import { resources } from '../../renderer/i18n/resources';
import { codePieces, spokenPieces, type BundleLookup } from '../../renderer/voice/prompt-set';
import {
  VOICE_LANGUAGES,
  VOICE_SOURCE_LOCALE,
  type VoiceLanguage,
} from '../../renderer/voice/voice-languages';
import { clipHash, ESPEAK_VOICE } from './voice-engine';

/** One clip to render: the piece's id, what espeak-ng reads, with which voice, and the clip's name. */
export type Prompt = Readonly<{
  voice: VoiceLanguage;
  id: string;
  text: string;
  espeakVoice: string;
  hash: string;
}>;

/** What the renderer is given: per voice, piece id → clip name (`voice/<hash>.ogg`). */
export type PromptManifest = Readonly<{
  format: 1;
  encoding: string;
  voices: Record<VoiceLanguage, Record<string, string>>;
}>;

const lookup: BundleLookup = (locale, namespace) => (resources[locale] as Record<string, unknown>)[namespace];

/** Every clip of every voice, from the strings in the locale files as they are now. */
export function promptCatalogue(): Prompt[] {
  return VOICE_LANGUAGES.flatMap((voice) => {
    const engine = ESPEAK_VOICE[voice];
    const texts = spokenPieces(lookup, VOICE_SOURCE_LOCALE[voice]).map((p) => ({
      ...p,
      espeakVoice: engine.text,
    }));
    const codes = codePieces().map((p) => ({
      ...p,
      espeakVoice: p.id.startsWith('char:') && /[A-Z]/.test(p.text) ? engine.letters : engine.text,
    }));
    return [...texts, ...codes].map((p) => ({ voice, ...p, hash: clipHash(p.espeakVoice, p.text) }));
  });
}

export function manifestOf(prompts: readonly Prompt[], encoding: string): PromptManifest {
  const voices: Record<VoiceLanguage, Record<string, string>> = { cmn: {}, yue: {}, en: {} };
  for (const p of prompts) voices[p.voice][p.id] = p.hash;
  return { format: 1, encoding, voices };
}
