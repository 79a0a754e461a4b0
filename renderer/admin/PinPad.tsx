import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, type AdminGateStatus, type AdminRole } from '../../api/admin-contract';
import { useKioskApi } from '../api/kiosk-context';
import type { AdminSession } from './admin-context';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', ''] as const;
const MAX_PIN = 12;

/** The large PIN pad: choose the role, type the PIN; the Node side checks it and counts wrong ones. */
export function PinPad(props: { onUnlocked: (s: AdminSession) => void; onCancel: () => void }) {
  const { t } = useTranslation('admin');
  const api = useKioskApi();
  const [status, setStatus] = useState<AdminGateStatus | null>(null);
  const [role, setRole] = useState<AdminRole>('backOffice');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.call('adminGate.status', {}).then((r) => r.ok && setStatus(r.value));
  }, [api]);

  const lockedText = (until: number) =>
    t('pin.locked', { time: new Date(until).toLocaleTimeString('zh-CN', { hour12: false }) });

  async function submit() {
    if (pin.length < 4 || busy) return;
    setBusy(true);
    const r = await api.call('adminGate.unlock', { role, pin });
    setBusy(false);
    setPin('');
    if (!r.ok) return setMessage(t('pin.failed'));
    const v = r.value;
    if (v.ok) return props.onUnlocked({ adminToken: v.adminToken, role: v.role, idleSeconds: v.idleSeconds });
    if (v.reason === 'locked' && v.lockedUntil) setMessage(lockedText(v.lockedUntil));
    else if (v.reason === 'disabled') setMessage(t('pin.disabled'));
    else setMessage(t('pin.wrong', { left: v.attemptsLeft ?? 0 }));
  }

  return (
    <div className="overlay admin-pin" role="dialog" aria-labelledby="admin-pin-title">
      <div className="dialog admin-pin__dialog">
        <h2 id="admin-pin-title">{t('pin.title')}</h2>
        <div className="segmented admin-pin__roles" role="group" aria-label={t('pin.role')}>
          {ADMIN_ROLES.map((r) => (
            <button
              key={r}
              type="button"
              className="segmented__item"
              aria-pressed={role === r}
              data-role={r}
              onClick={() => setRole(r)}
            >
              {t(`roles.${r}`)}
              {status && !status.enabled[r] ? ` · ${t('pin.noPin')}` : ''}
            </button>
          ))}
        </div>
        <div className="admin-pin__display" data-testid="admin-pin-display" aria-live="polite">
          {pin.length > 0 ? '●'.repeat(pin.length) : t('pin.enter')}
        </div>
        {(message ?? (status?.lockedUntil ? lockedText(status.lockedUntil) : null)) && (
          <p className="admin-pin__message" role="alert">
            {message ?? (status?.lockedUntil ? lockedText(status.lockedUntil) : '')}
          </p>
        )}
        <div className="admin-pin__keys">
          {DIGITS.map((d, i) =>
            d === '' ? (
              i === 9 ? (
                <button key="clear" type="button" className="btn admin-pin__key" onClick={() => setPin('')}>
                  {t('pin.clear')}
                </button>
              ) : (
                <button
                  key="ok"
                  type="button"
                  className="btn btn--primary admin-pin__key"
                  disabled={pin.length < 4 || busy}
                  data-testid="admin-pin-ok"
                  onClick={() => void submit()}
                >
                  {t('pin.ok')}
                </button>
              )
            ) : (
              <button
                key={d}
                type="button"
                className="btn admin-pin__key"
                data-digit={d}
                onClick={() => setPin((p) => (p.length < MAX_PIN ? p + d : p))}
              >
                {d}
              </button>
            ),
          )}
        </div>
        <button type="button" className="btn btn--secondary btn--large" onClick={props.onCancel}>
          {t('pin.cancel')}
        </button>
      </div>
    </div>
  );
}
