import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language } from '../../api/contract';
import { HelpContextContext, ShellContext, type HelpContext, type Shell } from './shell-context';
import { Speaker, type SpeakMode } from '../voice/speaker';
import { DEFAULT_VOICE, type VoiceLanguage } from '../voice/voice-languages';

/** Owns language, elder mode and voice; reflects them on <html> so CSS and assistive tech see them. */
export function ShellProvider(props: { info: AppInfo; children: ReactNode }) {
  const { i18n } = useTranslation();
  const { ui } = props.info;
  const [language, setLanguageState] = useState<Language>(ui.defaultLanguage);
  const [elderMode, setElderMode] = useState(ui.elderModeDefault);
  const [voice, setVoiceState] = useState(true);
  const [helpContext, setHelpContext] = useState<HelpContext | null>(null);
  const [voiceLanguage, setVoiceLanguageState] = useState<VoiceLanguage>(DEFAULT_VOICE[ui.defaultLanguage]);
  const [speaker] = useState(
    () =>
      new Speaker({
        lookup: (lng, ns) => i18n.getResourceBundle(lng, ns) as unknown,
        baseUrl: document.baseURI,
        voice: DEFAULT_VOICE[ui.defaultLanguage],
      }),
  );

  // A new display language brings its own voice (the screen is then read again in it, renderer/voice/).
  const setLanguage = useCallback(
    (lang: Language) => {
      setLanguageState(lang);
      setVoiceLanguageState(DEFAULT_VOICE[lang]);
      speaker.setVoice(DEFAULT_VOICE[lang]);
      void i18n.changeLanguage(lang);
    },
    [i18n, speaker],
  );
  const setVoice = useCallback(
    (on: boolean) => {
      speaker.setEnabled(on);
      setVoiceState(on);
    },
    [speaker],
  );
  const setVoiceLanguage = useCallback(
    (v: VoiceLanguage) => {
      setVoiceLanguageState(v);
      speaker.setVoice(v);
      speaker.repeat();
    },
    [speaker],
  );
  // i18next's language, not this state: it is already the new one when the new texts reach the screen.
  const announce = useCallback(
    (text: string, mode: SpeakMode) => speaker.say(text, i18n.language as Language, mode),
    [speaker, i18n],
  );
  const say = useCallback((text: string) => announce(text, 'replace'), [announce]);
  const repeat = useCallback(() => speaker.repeat(), [speaker]);

  const resetForNextResident = useCallback(() => {
    setLanguage(ui.defaultLanguage);
    setElderMode(ui.elderModeDefault);
    setVoice(true);
    setHelpContext(null);
  }, [setLanguage, setVoice, ui.defaultLanguage, ui.elderModeDefault]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dataset.elder = elderMode ? 'on' : 'off';
  }, [language, elderMode]);

  const shell = useMemo<Shell>(
    () => ({
      info: props.info,
      language,
      setLanguage,
      elderMode,
      setElderMode,
      voice,
      setVoice,
      voiceLanguage,
      setVoiceLanguage,
      say,
      announce,
      repeat,
      setHelpContext,
      resetForNextResident,
    }),
    [
      props.info,
      language,
      setLanguage,
      elderMode,
      voice,
      setVoice,
      voiceLanguage,
      setVoiceLanguage,
      say,
      announce,
      repeat,
      resetForNextResident,
    ],
  );
  return (
    <ShellContext.Provider value={shell}>
      <HelpContextContext.Provider value={helpContext}>{props.children}</HelpContextContext.Provider>
    </ShellContext.Provider>
  );
}
