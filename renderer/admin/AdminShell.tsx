import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../api/kiosk-context';
import { AdminContext, useAdminCall, type AdminApi, type AdminSession } from './admin-context';
import { tabsFor } from './admin-tabs';
import { AdminKeyboardProvider } from './keyboard/admin-keyboard-context';
import { useAdminIdle } from './use-admin-idle';

/**
 * Admin mode: a tab per task (admin-tabs.ts), an always-visible 退出管理模式, and its own idle clock. Staff
 * screens: normal sizes, laid out for a 1366×768 touch screen.
 */
export function AdminShell(props: {
  session: AdminSession;
  onExit: (why: 'exit' | 'idle' | 'ended') => void;
}) {
  const { t } = useTranslation('admin');
  const api = useKioskApi();
  const { session, onExit } = props;
  const tabs = tabsFor(session.role);
  const [active, setActive] = useState(tabs[0]?.id ?? '');

  const exit = useCallback(
    (why: 'exit' | 'idle' | 'ended') => {
      void api.call('admin.lock', { adminToken: session.adminToken });
      onExit(why);
    },
    [api, session.adminToken, onExit],
  );
  const onIdle = useCallback(() => exit('idle'), [exit]);
  const { remaining, touch } = useAdminIdle(session.idleSeconds, onIdle);
  const ended = useCallback(() => onExit('ended'), [onExit]);
  const call = useAdminCall(session, ended, touch);
  const admin: AdminApi = useMemo(() => ({ session, call, touch }), [session, call, touch]);
  const Current = tabs.find((x) => x.id === active)?.Component;

  return (
    <AdminContext.Provider value={admin}>
      <AdminKeyboardProvider>
        <div className="admin" onPointerDown={touch} onKeyDown={touch} data-testid="admin-shell">
          <header className="admin__bar">
            <div className="admin__title">
              {t('title')} · {t(`roles.${session.role}`)}
            </div>
            <div className="admin__idle" role="timer">
              {t('idle', { seconds: remaining })}
            </div>
            <button type="button" className="btn btn--primary admin__exit" onClick={() => exit('exit')}>
              {t('exit')}
            </button>
          </header>
          <nav className="admin__tabs" role="tablist">
            {tabs.map((tab) => (
              <button
                key={tab.id}
                type="button"
                role="tab"
                className="admin__tab"
                aria-selected={tab.id === active}
                data-tab={tab.id}
                onClick={() => setActive(tab.id)}
              >
                {t(tab.labelKey)}
              </button>
            ))}
          </nav>
          <main className="admin__body" role="tabpanel">
            <Suspense fallback={<p>{t('loading')}</p>}>{Current ? <Current /> : null}</Suspense>
          </main>
        </div>
      </AdminKeyboardProvider>
    </AdminContext.Provider>
  );
}
