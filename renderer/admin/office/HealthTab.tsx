import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncHealth } from '../../../api/office-contract';
import { useAdmin } from '../admin-context';
import { formatTime } from '../format-time';

/** 同步状态: what waits, since when, when the province last answered, what goes wrong. */
export function HealthTab() {
  const { t, i18n } = useTranslation('admin');
  const admin = useAdmin();
  const [health, setHealth] = useState<SyncHealth | null>(null);
  const load = useCallback(async () => {
    const r = await admin.call('office.health', {});
    if (r.ok) setHealth(r.value);
  }, [admin]);
  useEffect(() => void load(), [load]);
  if (!health) return <p>{t('loading')}</p>;
  const when = (at: number | null) => (at === null ? t('health.never') : formatTime(at));
  const errors = Object.entries(health.errorsByKind);
  return (
    <section className="admin-section" data-testid="health-tab">
      <div className="admin-toolbar">
        <button type="button" className="btn btn--ghost" onClick={() => void load()}>
          {t('refresh')}
        </button>
        {health.pausedForMaintenance && (
          <p className="admin-badge admin-badge--bad">
            {t('health.maintenance', { time: when(health.resumeAt) })}
          </p>
        )}
      </div>
      {health.outOfService && (
        <p className="admin-badge admin-badge--bad" role="alert" data-testid="health-out-of-service">
          {t('health.outOfService', { detail: health.outOfService.detail })}
        </p>
      )}
      <dl className="admin-facts">
        <dt>{t('health.queued')}</dt>
        <dd data-testid="health-queued">{health.queued}</dd>
        <dt>{t('health.awaitingReview')}</dt>
        <dd>{health.awaitingReview}</dd>
        <dt>{t('health.needsAttention')}</dt>
        <dd>{health.needsAttention}</dd>
        <dt>{t('health.oldest')}</dt>
        <dd>
          {health.oldestWaiting
            ? `${health.oldestWaiting.caseNo} · ${formatTime(health.oldestWaiting.createdAt)}`
            : t('health.none')}
        </dd>
        <dt>{t('health.lastSuccess')}</dt>
        <dd>{when(health.lastSuccessAt)}</dd>
        <dt>{t('health.lastError')}</dt>
        <dd>
          {health.lastError
            ? `${formatTime(health.lastError.at)} · ${health.lastError.detail}`
            : t('health.none')}
        </dd>
        <dt>{t('health.worker')}</dt>
        <dd>{health.running ? t('health.running') : t('health.stopped')}</dd>
      </dl>
      <h3>{t('health.errorsByKind')}</h3>
      {errors.length === 0 ? (
        <p>{t('health.none')}</p>
      ) : (
        <ul className="admin-list">
          {errors.map(([kind, n]) => (
            <li key={kind}>
              {i18n.exists(`admin:health.kinds.${kind.replace(':', '_')}`)
                ? t(`health.kinds.${kind.replace(':', '_')}`)
                : kind}
              : {n}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
