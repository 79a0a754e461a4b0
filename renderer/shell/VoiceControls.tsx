import { useTranslation } from 'react-i18next';
import { VOICE_LANGUAGES } from '../voice/voice-languages';
import { useShell } from './shell-context';

/** In the top bar, so on every screen: 重听, voice on/off, and the spoken language (普通话 / 粤语 / English). */
export function VoiceControls() {
  const { t } = useTranslation();
  const shell = useShell();
  return (
    <>
      <button
        type="button"
        className="btn btn--tool btn--voice"
        data-testid="voice-repeat"
        title={t('voice.repeatHint')}
        disabled={!shell.voice}
        onClick={shell.repeat}
      >
        <SpeakerIcon />
        {t('voice.repeat')}
      </button>
      <button
        type="button"
        className="btn btn--tool btn--voice"
        aria-pressed={shell.voice}
        data-testid="voice-toggle"
        onClick={() => shell.setVoice(!shell.voice)}
      >
        {shell.voice ? t('voice.on') : t('voice.off')}
      </button>
      <div className="segmented" role="group" aria-label={t('voice.language')}>
        {VOICE_LANGUAGES.map((v) => (
          <button
            key={v}
            type="button"
            className="segmented__item"
            lang={v === 'en' ? 'en' : v === 'yue' ? 'zh-HK' : 'zh-CN'}
            aria-pressed={shell.voiceLanguage === v}
            data-testid={`voice-lang-${v}`}
            onClick={() => shell.setVoiceLanguage(v)}
          >
            {t(`voice.languages.${v}`)}
          </button>
        ))}
      </div>
    </>
  );
}

function SpeakerIcon() {
  return (
    <svg className="btn__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
      <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z" />
    </svg>
  );
}
