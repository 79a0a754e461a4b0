import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../api/languages';
import { VoiceControls } from './VoiceControls';
import { useShell } from './shell-context';

/** 使用帮助 (its texts' lookups, the help pictures) is its own chunk: the home screen is interactive without it. */
const HelpDialog = lazy(async () => ({ default: (await import('./HelpDialog')).HelpDialog }));

/** Always on screen: who we are, language, elder mode, voice, help. */
export function TopBar() {
  const { t } = useTranslation();
  const shell = useShell();
  const [helpOpen, setHelpOpen] = useState(false);
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true">
          {t('logoGlyph')}
        </span>
        <div>
          <div className="topbar__title">{t('appName')}</div>
          <div className="topbar__subtitle">{t('appSubtitle')}</div>
        </div>
      </div>
      <nav className="topbar__tools" aria-label={t('language.label')}>
        <div className="segmented" role="group" aria-label={t('language.label')}>
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              className="segmented__item"
              aria-pressed={shell.language === lang}
              onClick={() => shell.setLanguage(lang)}
            >
              {t(`language.${lang}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="btn btn--tool"
          aria-pressed={shell.elderMode}
          title={t('elderMode.hint')}
          data-testid="elder-toggle"
          onClick={() => shell.setElderMode(!shell.elderMode)}
        >
          {shell.elderMode ? t('elderMode.off') : t('elderMode.on')}
        </button>
        <VoiceControls />
        <button type="button" className="btn btn--tool" onClick={() => setHelpOpen(true)}>
          {t('help.button')}
        </button>
      </nav>
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </header>
  );
}
