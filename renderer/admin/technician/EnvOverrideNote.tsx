import { useTranslation } from 'react-i18next';

/** Settings the environment sets at start (setting path → variable), from tech.devices / tech.kioskSettings. */
export type EnvOverrides = Readonly<Record<string, string>>;

/**
 * Beside a field whose setting an environment variable overrides: saving changes the kiosk now, but at every
 * start the variable wins again, so the technician must know the variable is there (and remove it).
 */
export function EnvOverrideNote(props: { overrides: EnvOverrides; setting: string }) {
  const { t } = useTranslation('tech');
  const variable = props.overrides[props.setting];
  if (!variable) return null;
  return (
    <small className="tech-override" role="note" data-testid="env-override" data-setting={props.setting}>
      {t('override.note', { variable })}
    </small>
  );
}
