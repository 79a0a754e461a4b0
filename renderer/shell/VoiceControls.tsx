import { useTranslation } from 'react-i18next';
import { VOICE_LANGUAGES } from '../voice/voice-languages';
import { useShell } from './shell-context';

/**
 * In the top bar, so on every screen: 重听, voice on/off, and the spoken language (普通话 → 粤语 → 英语 on each
 * tap). Each at least 60 × 60 px; compact, so the bar stays one row on a 1366 px screen without the demo panel.
 */
export function VoiceControls() {
  const { t } = useTranslation();
  const shell = useShell();
  const voiceName = t(`voice.languages.${shell.voiceLanguage}`);
  const nextVoice =
    VOICE_LANGUAGES[(VOICE_LANGUAGES.indexOf(shell.voiceLanguage) + 1) % VOICE_LANGUAGES.length] ?? 'cmn';
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
        <SpeakerIcon muted={false} />
        {t('voice.repeat')}
      </button>
      <button
        type="button"
        className="btn btn--tool btn--voice btn--square"
        aria-pressed={shell.voice}
        aria-label={shell.voice ? t('voice.on') : t('voice.off')}
        title={shell.voice ? t('voice.on') : t('voice.off')}
        data-testid="voice-toggle"
        onClick={() => shell.setVoice(!shell.voice)}
      >
        <SpeakerIcon muted={!shell.voice} />
      </button>
      <button
        type="button"
        className="btn btn--tool btn--voice"
        aria-label={`${t('voice.language')}：${voiceName}`}
        title={t('voice.language')}
        data-testid="voice-language"
        data-voice={shell.voiceLanguage}
        onClick={() => shell.setVoiceLanguage(nextVoice)}
      >
        {voiceName}
      </button>
    </>
  );
}

function SpeakerIcon(props: { muted: boolean }) {
  return (
    <svg className="btn__icon" viewBox="0 0 24 24" width="30" height="30" aria-hidden="true">
      <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3z" />
      {props.muted ? (
        <path stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" d="M15.5 9l5 6m0-6l-5 6" />
      ) : (
        <path
          fill="currentColor"
          d="M16.5 12A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"
        />
      )}
    </svg>
  );
}
