import { useTranslation } from 'react-i18next';
import { useShell } from './shell-context';

export function HelpDialog(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info } = useShell();
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="dialog">
        <h2 id="help-title">{t('help.title')}</h2>
        <p>{t('help.body')}</p>
        <p className="dialog__contact">
          {t('help.contact', { phone: info.serviceHall.phone, hall: info.serviceHall.name })}
        </p>
        <button type="button" className="btn btn--primary btn--large" onClick={props.onClose}>
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}
