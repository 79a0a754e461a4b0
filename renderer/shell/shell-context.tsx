import { createContext, useContext } from 'react';
import type { AppInfo, Language } from '../../api/contract';
import type { SpeakMode } from '../voice/speaker';
import type { VoiceLanguage } from '../voice/voice-languages';

/** Kiosk-wide UI state every screen may read: terminal info, language, elder mode, voice guidance. */
export type Shell = Readonly<{
  info: AppInfo;
  language: Language;
  setLanguage(language: Language): void;
  elderMode: boolean;
  setElderMode(on: boolean): void;
  voice: boolean;
  setVoice(on: boolean): void;
  /** The spoken language (普通话, 粤语, English), chosen beside the display language. */
  voiceLanguage: VoiceLanguage;
  setVoiceLanguage(voice: VoiceLanguage): void;
  /** Reads an instruction aloud when voice guidance is on (a new prompt: what was playing stops). */
  say(text: string): void;
  /** Reads a text as a new screen (`replace`) or after what is playing (`append`); renderer/voice/. */
  announce(text: string, mode: SpeakMode): void;
  /** 重听: what was said on this screen, again. */
  repeat(): void;
  /** Sets the session and wizard step on screen (null on home), so Help explains that step and staff know
   * where; read with useHelpContext. */
  setHelpContext(context: HelpContext | null): void;
  /** After every session end: the next resident gets the default language, voice on and the default mode. */
  resetForNextResident(): void;
}>;

export type HelpContext = Readonly<{ sessionId: string; step: string; itemId?: string }>;

export const ShellContext = createContext<Shell | null>(null);
/**
 * The step on screen, in a context of its own: it changes on every step, and only Help reads it, so a step
 * change does not render every screen part that reads the shell a second time before the step is painted.
 */
export const HelpContextContext = createContext<HelpContext | null>(null);

export function useHelpContext(): HelpContext | null {
  return useContext(HelpContextContext);
}

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside ShellContext');
  return shell;
}
