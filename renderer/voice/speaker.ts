import type { Language } from '../../api/languages';
import { betterOsVoice, osVoiceFor, type OsVoice } from './engine-choice';
import { spokenPieces, spokenTemplates, type BundleLookup } from './prompt-set';
import {
  indexPieces,
  osText,
  planSpeech,
  tokenize,
  translateTemplate,
  type PieceIndex,
  type SpeechPart,
} from './speech-plan';
import { VOICE_LANG_TAGS, VOICE_SOURCE_LOCALE, type VoiceLanguage } from './voice-languages';
import { afterPaint } from '../shell/after-paint';

/** The build's manifest (scripts/voice/render-prompts.ts): per voice, piece id → clip name. */
type Manifest = Readonly<{ voices: Partial<Record<VoiceLanguage, Record<string, string>>> }>;
/** `replace`: a new screen; `interrupt`: urgent on this screen (an error, the idle warning); `append`: queued. */
export type SpeakMode = 'replace' | 'interrupt' | 'append';
type Said = Readonly<{ text: string; locale: Language }>;
type Queued = Readonly<{ part: SpeechPart; osVoice: OsVoice | undefined }>;

/**
 * Plays what the kiosk says: the shipped clips (voice/<name>.ogg, HTMLAudioElement) in the chosen voice, or
 * a better OS voice where the kiosk has one. `replace` starts a new screen (what was playing stops),
 * `interrupt` stops what is playing for something urgent on the same screen, `append` queues after it (a status).
 * What was said since the last new screen is kept for 重听.
 */
export class Speaker {
  readonly #lookup: BundleLookup;
  readonly #manifest: Promise<Manifest>;
  #voice: VoiceLanguage;
  #enabled = true;
  #screen: Said[] = [];
  #queue: Queued[] = [];
  #generation = 0;
  #playing = false;
  #stopCurrent: (() => void) | null = null;
  #indexes = new Map<
    string,
    { key: string; index: PieceIndex; texts: Map<string, string>; templates: Map<string, string> }
  >();

  constructor(options: { lookup: BundleLookup; baseUrl: string; voice: VoiceLanguage }) {
    this.#lookup = options.lookup;
    this.#voice = options.voice;
    this.#manifest = fetch(new URL('voice/manifest.json', options.baseUrl))
      .then((r) => (r.ok ? (r.json() as Promise<Manifest>) : { voices: {} }))
      .catch(() => ({ voices: {} }));
  }

  say(text: string, locale: Language, mode: SpeakMode): void {
    if (text.trim() === '') return;
    const said = { text, locale };
    if (mode === 'replace') this.#screen = [said];
    else if (this.#screen.at(-1)?.text !== text) this.#screen.push(said);
    else return;
    if (this.#enabled) void this.#enqueue([said], mode);
  }

  /** 重听: everything said on this screen, again, in the voice chosen now. */
  repeat(): void {
    if (this.#enabled && this.#screen.length > 0) void this.#enqueue(this.#screen, 'replace');
  }

  setVoice(voice: VoiceLanguage): void {
    this.#voice = voice;
  }

  /** Voice off stops at once; voice back on reads the screen again (what was said meanwhile is kept). */
  setEnabled(on: boolean): void {
    const was = this.#enabled;
    this.#enabled = on;
    if (!on) this.stop();
    else if (!was) this.repeat();
  }

  stop(): void {
    this.#generation += 1;
    this.#queue = [];
    this.#stopCurrent?.();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }

  async #enqueue(said: readonly Said[], mode: SpeakMode): Promise<void> {
    // Planning the speech and starting a clip run after the new screen is painted, not inside the tap that
    // showed it (calls keep their order: frame callbacks and the tasks they queue run first-in first-out).
    const [manifest] = await Promise.all([this.#manifest, afterPaint()]);
    if (!this.#enabled) return; // voice turned off within that frame
    if (mode !== 'append') this.stop();
    const generation = this.#generation;
    const voice = this.#voice;
    const voices = osVoices();
    const better = betterOsVoice(voices, voice);
    const sourceLocale = VOICE_SOURCE_LOCALE[voice];
    const source = this.#pieces(sourceLocale);
    const sourceText = (id: string) => source.texts.get(id);
    for (const { text, locale } of said) {
      const shown = this.#pieces(locale);
      // A line that is one string with placeholders is said as the voice's own string, values from the screen.
      const tokens = text.split('\n').flatMap((line) => {
        const translated =
          locale === sourceLocale ? undefined : translateTemplate(line, shown.templates, source.templates);
        return translated === undefined ? tokenize(line, shown.index) : tokenize(translated, source.index);
      });
      const parts: SpeechPart[] = better
        ? [{ kind: 'os', text: osText(tokens, sourceText) }]
        : planSpeech(tokens, manifest.voices[voice] ?? {}, sourceText);
      const osVoice = better ?? osVoiceFor(voices, voice);
      // Without any OS voice for the language, a stretch without a clip (a name) is left out, not misread.
      for (const part of parts) if (part.kind === 'clip' || osVoice) this.#queue.push({ part, osVoice });
    }
    if (!this.#playing) void this.#drain(generation);
  }

  async #drain(generation: number): Promise<void> {
    this.#playing = true;
    try {
      while (generation === this.#generation) {
        const next = this.#queue.shift();
        if (!next) break;
        if (next.part.kind === 'clip') await this.#playClip(next.part.clip);
        else await this.#playOs(next.part.text, next.osVoice);
      }
    } finally {
      this.#playing = false;
      // A replace while this loop was waiting left its own items queued under a newer generation.
      if (generation !== this.#generation && this.#queue.length > 0) void this.#drain(this.#generation);
    }
  }

  /** One element per clip: a late event of a stopped clip can never end the one playing after it. */
  #playClip(clip: string): Promise<void> {
    const audio = new Audio(new URL(`voice/${clip}.ogg`, document.baseURI).href);
    return this.#asCurrentSound(
      (done) => {
        audio.addEventListener('ended', done);
        audio.addEventListener('error', done);
        void audio.play().catch(() => done());
      },
      () => audio.pause(),
    );
  }

  /**
   * One sound as the current one: settles once, when it ends, fails or is stopped (`#stopCurrent`), whichever
   * comes first; a late end of a sound already stopped changes nothing.
   */
  #asCurrentSound(start: (done: () => void) => void, halt: () => void): Promise<void> {
    return new Promise((resolve) => {
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        if (this.#stopCurrent === stop) this.#stopCurrent = null;
        resolve();
      };
      const stop = () => {
        halt();
        done();
      };
      this.#stopCurrent = stop;
      start(done);
    });
  }

  #playOs(text: string, voice: OsVoice | undefined): Promise<void> {
    const utterance = new SpeechSynthesisUtterance(text);
    const system = speechSynthesis.getVoices().find((v) => v.name === voice?.name);
    if (system) utterance.voice = system;
    utterance.lang = system?.lang ?? VOICE_LANG_TAGS[this.#voice][0] ?? 'zh-CN';
    utterance.rate = 0.9; // a little slower than default: many residents are elderly
    return this.#asCurrentSound(
      (done) => {
        utterance.onend = utterance.onerror = done;
        speechSynthesis.speak(utterance);
      },
      () => speechSynthesis.cancel(),
    );
  }

  /** The pieces of a locale as its i18n bundles are now (the wizard's namespaces load after the first screen). */
  #pieces(locale: Language) {
    const pieces = spokenPieces(this.#lookup, locale);
    const key = `${pieces.length}:${pieces.at(-1)?.id ?? ''}`;
    const cached = this.#indexes.get(locale);
    if (cached?.key === key) return cached;
    const built = {
      key,
      index: indexPieces(pieces),
      texts: new Map(pieces.map((p) => [p.id, p.text])),
      templates: spokenTemplates(this.#lookup, locale),
    };
    this.#indexes.set(locale, built);
    return built;
  }
}

function osVoices(): OsVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis
    .getVoices()
    .map((v) => ({ name: v.name, lang: v.lang, localService: v.localService }));
}
