import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../api/kiosk-context';
import { useWizard } from '../wizard-context';
import { KioskPicture } from '../../help/KioskPicture';

/** 身份认证: place the ID card (or show the 医保电子凭证 QR code); choose 为自己 / 为他人办理. */
export function IdentityStep() {
  const { t } = useTranslation('flow');
  const api = useKioskApi();
  const [{ problem, actingFor, allowProxy }, send] = useWizard((c) => ({
    problem: c.identityProblem,
    actingFor: c.actingFor,
    allowProxy: c.definition.allowProxy,
  }));
  const [reading, setReading] = useState(false);
  useEffect(
    () =>
      api.subscribe((e) => {
        if (e.type === 'identity.reading') setReading(true);
        if (e.type === 'identity.error' || e.type === 'identity.removed') setReading(false);
      }),
    [api],
  );
  // A problem ends the reading that led to it: the screen never says "reading" beside "expired".
  useEffect(() => setReading(false), [problem]);

  return (
    <div className="identity">
      {/* First on the screen, so it is seen without scrolling; hidden while a new read is under way. */}
      {problem && !reading && (
        <p className="alert alert--error" role="alert" data-testid="identity-problem">
          {t(`identity.problems.${problem}`, { defaultValue: t('identity.problems.unreadable') })}
        </p>
      )}
      <div className="identity__layout">
        <KioskPicture highlight={reading ? ['reader'] : ['reader', 'qr']} className="identity__kiosk" />
        <div className="identity__main">
          {allowProxy && (
            <fieldset className="choice-row">
              <legend>{t('identity.actingFor')}</legend>
              {(['self', 'other'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  className="choice"
                  aria-pressed={actingFor === value}
                  data-testid={`acting-${value}`}
                  onClick={() => send({ type: 'SET_ACTING_FOR', actingFor: value })}
                >
                  {t(`identity.${value}`)}
                </button>
              ))}
              {actingFor === 'other' && <p className="hint">{t('identity.otherHint')}</p>}
            </fieldset>
          )}
          <div className="identity__card" aria-live="polite">
            <div className="identity__text">
              <div
                className={reading ? 'card-illustration card-illustration--reading' : 'card-illustration'}
                aria-hidden="true"
              >
                <div className="card-illustration__card" />
                <div className="card-illustration__reader" />
              </div>
              <p
                className="identity__prompt"
                data-testid="identity-prompt"
                data-speak={reading ? 'status' : undefined}
              >
                {reading ? t('identity.reading') : t('identity.placeCard')}
              </p>
              {!reading && <p className="hint identity__where">{t('identity.where')}</p>}
              {!reading && <p className="hint">{t('identity.orScan')}</p>}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
