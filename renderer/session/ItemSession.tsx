import { useTranslation } from 'react-i18next';
import type { ServiceItemId } from '../../flows/catalog';
import type { SessionEndReason } from '../shell/App';
import { SessionFrame } from '../shell/SessionFrame';

/** One resident's visit for one service item. */
export function ItemSession(props: { itemId: ServiceItemId; sessionId: string; onEnd: (reason: SessionEndReason) => void }) {
  const { t } = useTranslation();
  return (
    <SessionFrame
      title={t(`items:${props.itemId}.title`)}
      heading={t(`items:${props.itemId}.title`)}
      onHome={() => props.onEnd('home')}
      onBack={() => props.onEnd('home')}
      onIdle={() => props.onEnd('idle')}
    >
      <p>{t('placeholder.comingSoon')}</p>
    </SessionFrame>
  );
}
