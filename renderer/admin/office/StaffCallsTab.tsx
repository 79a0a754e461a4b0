import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffCallView } from '../../../api/office-contract';
import { helpTopicOf } from '../../help/help-topics';
import { useAdmin } from '../admin-context';
import { formatTime } from '../format-time';

/**
 * 呼叫工作人员: each time a resident asked for staff from Help — when, on which screen, doing which item, and
 * whether someone came. 我已到场 records that staff went (audited on the Node side).
 */
export function StaffCallsTab() {
  const { t } = useTranslation('admin');
  const admin = useAdmin();
  const [calls, setCalls] = useState<StaffCallView[] | null>(null);
  const [waitingOnly, setWaitingOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const load = useCallback(async () => {
    const r = await admin.call('office.staffCalls', { unansweredOnly: waitingOnly, limit: 100 });
    if (r.ok) setCalls(r.value.calls);
  }, [admin, waitingOnly]);
  useEffect(() => void load(), [load]);

  async function acknowledge(id: number) {
    setBusy(id);
    setError(null);
    const r = await admin.call('office.staffCalls.acknowledge', { id });
    setBusy(null);
    if (!r.ok) setError(t('staffCalls.failed'));
    void load();
  }

  return (
    <section className="admin-section" data-testid="staff-calls-tab">
      <div className="admin-toolbar">
        <h3>{t('staffCalls.title')}</h3>
        <button
          type="button"
          className="btn btn--ghost"
          aria-pressed={waitingOnly}
          onClick={() => setWaitingOnly((w) => !w)}
        >
          {t('staffCalls.waitingOnly')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </div>
      {error && (
        <p role="alert" className="admin-badge admin-badge--bad">
          {error}
        </p>
      )}
      {calls === null ? (
        <p>{t('loading')}</p>
      ) : calls.length === 0 ? (
        <p>{t('staffCalls.none')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('staffCalls.time')}</th>
              <th>{t('staffCalls.screen')}</th>
              <th>{t('staffCalls.item')}</th>
              <th>{t('staffCalls.state')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => (
              <tr key={c.id} data-testid="staff-call" data-answered={c.answeredAt !== null}>
                <td>{formatTime(Date.parse(c.calledAt))}</td>
                <td>{t(`staffCalls.screens.${helpTopicOf(c.step)}`)}</td>
                <td>
                  {c.itemId
                    ? t(`items:${c.itemId}.title`, { defaultValue: c.itemId })
                    : t('staffCalls.noItem')}
                </td>
                <td>
                  {c.answeredAt ? (
                    t('staffCalls.answered', { time: formatTime(Date.parse(c.answeredAt)) })
                  ) : (
                    <>
                      <span className="admin-badge admin-badge--bad">{t('staffCalls.waiting')}</span>{' '}
                      <button
                        type="button"
                        className="btn btn--primary"
                        disabled={busy === c.id}
                        data-testid="staff-call-acknowledge"
                        onClick={() => void acknowledge(c.id)}
                      >
                        {t('staffCalls.acknowledge')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
