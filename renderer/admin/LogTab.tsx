import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_LEVELS, type LogEntryView, type LogLevel } from '../../api/admin-contract';
import { useAdmin } from './admin-context';
import { formatTime } from './format-time';

const SPANS = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000, all: null } as const;
type Span = keyof typeof SPANS;

/** The kiosk's log files, newest first, filtered by level and time. */
export function LogTab() {
  const { t } = useTranslation('admin');
  const admin = useAdmin();
  const [minLevel, setMinLevel] = useState<LogLevel>('info');
  const [span, setSpan] = useState<Span>('day');
  const [entries, setEntries] = useState<LogEntryView[] | null>(null);

  const load = useCallback(async () => {
    const ms = SPANS[span];
    const r = await admin.call('admin.log.read', {
      minLevel,
      limit: 300,
      ...(ms === null ? {} : { from: Date.now() - ms }),
    });
    setEntries(r.ok ? r.value.entries : []);
  }, [admin, minLevel, span]);
  useEffect(() => void load(), [load]);

  return (
    <section className="admin-section" data-testid="log-tab">
      <div className="admin-toolbar">
        <label>
          {t('log.level')}
          <select
            className="admin-input"
            value={minLevel}
            onChange={(e) => setMinLevel(e.target.value as LogLevel)}
          >
            {LOG_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`log.levels.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.span')}
          <select className="admin-input" value={span} onChange={(e) => setSpan(e.target.value as Span)}>
            {(Object.keys(SPANS) as Span[]).map((s) => (
              <option key={s} value={s}>
                {t(`log.spans.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn--ghost" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </div>
      {entries !== null && entries.length === 0 && <p>{t('log.empty')}</p>}
      <div className="admin-table-wrap">
        <table className="admin-table admin-table--log">
          <tbody>
            {(entries ?? []).map((e, i) => (
              <tr key={`${e.time}-${i}`} className={`admin-log admin-log--${e.level}`}>
                <td>{formatTime(e.time)}</td>
                <td>{t(`log.levels.${e.level}`)}</td>
                <td>{e.msg}</td>
                <td className="admin-table__json">
                  {Object.keys(e.fields).length > 0 ? JSON.stringify(e.fields) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
