import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../api/kiosk-context';
import { helpPictures, helpTopicOf, TOPICS_WITH_BRING } from '../help/help-topics';
import { useHelpContext, useShell } from './shell-context';

type CallState = 'idle' | 'calling' | 'called' | 'failed';

/**
 * 使用帮助 for the screen the resident is on: what to do, what to have at hand, a picture, and 呼叫工作人员.
 * Drawn on <body> (not inside the top bar) so it has the page's colours and elder mode's size.
 */
export function HelpDialog(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const { info, say } = useShell();
  const helpContext = useHelpContext();
  const topic = helpTopicOf(helpContext?.step ?? null);
  const [call, setCall] = useState<CallState>('idle');
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The title, not the close button at the bottom: a dialog taller than the screen opens at its top.
    titleRef.current?.focus();
    // Read as it is shown: the title, what to do, and what to bring where the step has it.
    const bring = TOPICS_WITH_BRING.has(topic) ? [t('help.bringTitle'), t(`help.steps.${topic}.bring`)] : [];
    say([t('help.title'), t('help.doTitle'), t(`help.steps.${topic}.do`), ...bring].join('\n'));
  }, [say, t, topic]);

  const callStaff = async () => {
    setCall('calling');
    const r = await api.call('staff.call', {
      ...(helpContext ? { sessionId: helpContext.sessionId } : {}),
      ...(helpContext?.itemId ? { itemId: helpContext.itemId } : {}),
      step: helpContext?.step ?? 'home',
    });
    setCall(r.ok ? 'called' : 'failed');
    say(r.ok ? t('help.staff.called') : t('help.staff.failed', { phone: info.serviceHall.phone }));
  };

  return createPortal(
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help">
      <div className="dialog dialog--help" data-topic={topic}>
        <h2 id="help-title" ref={titleRef} tabIndex={-1}>
          {t('help.title')}
        </h2>
        <div className="help__body" tabIndex={0}>
          <div className="help__text">
            <h3>{t('help.doTitle')}</h3>
            <p>{t(`help.steps.${topic}.do`)}</p>
            {TOPICS_WITH_BRING.has(topic) && (
              <>
                <h3>{t('help.bringTitle')}</h3>
                <p>{t(`help.steps.${topic}.bring`)}</p>
              </>
            )}
          </div>
          {helpPictures(topic).length > 0 && (
            <div className="help__figures">
              {helpPictures(topic).map((p) => (
                <figure key={p.key} className="help__figure">
                  {p.picture}
                  <figcaption>{t(p.caption)}</figcaption>
                </figure>
              ))}
            </div>
          )}
        </div>
        <div className="help__staff">
          {call === 'called' ? (
            <p className="alert alert--ok" role="status" data-testid="staff-called">
              {t('help.staff.called')}
            </p>
          ) : (
            <button
              type="button"
              className="btn btn--secondary btn--large"
              data-testid="call-staff"
              disabled={call === 'calling'}
              onClick={() => void callStaff()}
            >
              {t('help.staff.button')}
            </button>
          )}
          {call === 'failed' && (
            <p className="alert alert--error" role="alert">
              {t('help.staff.failed', { phone: info.serviceHall.phone })}
            </p>
          )}
          <p className="dialog__contact">
            {t('help.contact', { phone: info.serviceHall.phone, hall: info.serviceHall.name })}
          </p>
          <button
            type="button"
            className="btn btn--primary btn--large"
            data-testid="help-close"
            onClick={props.onClose}
          >
            {t('help.close')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
