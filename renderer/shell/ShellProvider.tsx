import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language } from '../../api/contract';
import { ShellContext, type HelpContext, type Shell } from './shell-context';
import { speak, stopSpeaking } from './voice';

/** Owns language, elder mode and voice; reflects them on <html> so CSS and assistive tech see them. */
export function ShellProvider(props: { info: AppInfo; children: ReactNode }) {
  const { i18n } = useTranslation();
  const { ui } = props.info;
  const [language, setLanguageState] = useState<Language>(ui.defaultLanguage);
  const [elderMode, setElderMode] = useState(ui.elderModeDefault);
  const [voice, setVoiceState] = useState(true);
  const [helpContext, setHelpContext] = useState<HelpContext | null>(null);

  const setLanguage = useCallback(
    (lang: Language) => {
      setLanguageState(lang);
      void i18n.changeLanguage(lang);
    },
    [i18n],
  );
  const setVoice = useCallback((on: boolean) => {
    if (!on) stopSpeaking();
    setVoiceState(on);
  }, []);
  const say = useCallback((text: string) => (voice ? speak(text, language) : undefined), [voice, language]);

  const resetForNextResident = useCallback(() => {
    setLanguage(ui.defaultLanguage);
    setElderMode(ui.elderModeDefault);
    setVoiceState(true);
    setHelpContext(null);
  }, [setLanguage, ui.defaultLanguage, ui.elderModeDefault]);

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
      say,
      helpContext,
      setHelpContext,
      resetForNextResident,
    }),
    [props.info, language, setLanguage, elderMode, voice, setVoice, say, helpContext, resetForNextResident],
  );
  return <ShellContext.Provider value={shell}>{props.children}</ShellContext.Provider>;
}
