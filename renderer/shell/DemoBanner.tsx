import { useTranslation } from 'react-i18next';
import { useShell } from './shell-context';

/**
 * Always on screen in demo mode: nothing done on this kiosk reaches a real province, and a resident who walks
 * up to a demonstration must be able to see that before handing over an ID card.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const { info } = useShell();
  if (info.mode !== 'demo') return null;
  return (
    <div className="demo-banner" role="status" data-testid="demo-banner">
      {t('demo.banner')}
    </div>
  );
}
