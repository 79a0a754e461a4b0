import { useTranslation } from 'react-i18next';

/** The always-visible countdown, and the warning that asks the resident whether they are still there. */
export function IdleCountdown(props: { remaining: number; warningSeconds: number; onExtend: () => void }) {
  const { t } = useTranslation();
  const warning = props.remaining <= props.warningSeconds;
  return (
    <>
      <div
        className={warning ? 'idle-badge idle-badge--warning' : 'idle-badge'}
        data-testid="idle-countdown"
        role="timer"
      >
        {t('idle.remaining', { seconds: props.remaining })}
      </div>
      {warning && (
        <div className="overlay" role="alertdialog" aria-labelledby="idle-title">
          <div className="dialog">
            <h2 id="idle-title">{t('idle.warningTitle')}</h2>
            <p>{t('idle.warningBody', { seconds: props.remaining })}</p>
            <button type="button" className="btn btn--primary btn--large" onClick={props.onExtend}>
              {t('idle.extend')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
