import { useTranslation } from 'react-i18next';
import { SimPanel } from './SimPanel';
import { useShell } from './shell-context';

/**
 * Always on screen in demo mode: nothing done on this kiosk reaches a real province, and a resident who walks
 * up to a demonstration must be able to see that before handing over an ID card. The simulator controls sit
 * in this strip, not in the top bar, so that the top bar keeps one row at 1366 px in elder mode.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const { info } = useShell();
  if (info.mode !== 'demo') return null;
  return (
    <div className="demo-banner">
      <span className="demo-banner__text" role="status" data-testid="demo-banner">
        {t('demo.banner')}
      </span>
      <SimPanel />
    </div>
  );
}
