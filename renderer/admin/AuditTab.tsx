import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRowView, ExportEncoding } from '../../api/admin-contract';
import { useAdmin } from './admin-context';
import { ExportControls } from './ExportControls';
import { formatTime } from './format-time';

type Chain = { intact: boolean; rows: number; problem: string | null };

/** The audit log, newest first, with the hash chain's verdict, and its export. */
export function AuditTab() {
  const { t } = useTranslation('admin');
  const admin = useAdmin();
  const [rows, setRows] = useState<AuditRowView[]>([]);
  const [chain, setChain] = useState<Chain | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await admin.call('admin.audit.list', { limit: 200 });
    if (r.ok) {
      setRows(r.value.rows);
      setChain(r.value.chain);
    }
  }, [admin]);
  useEffect(() => void load(), [load]);

  async function exportAll(folder: string, encoding: ExportEncoding) {
    setBusy(true);
    const r = await admin.call('admin.audit.export', { folder, encoding });
    setBusy(false);
    setNote(r.ok ? t('export.done', { path: r.value.path, rows: r.value.rows }) : t('export.failed'));
    void load();
  }

  return (
    <section className="admin-section" data-testid="audit-tab">
      <div className="admin-toolbar">
        <p
          className={chain?.intact === false ? 'admin-badge admin-badge--bad' : 'admin-badge admin-badge--ok'}
        >
          {chain === null
            ? t('loading')
            : chain.intact
              ? t('audit.intact', { rows: chain.rows })
              : t('audit.broken', { problem: chain.problem ?? '' })}
        </p>
        <button type="button" className="btn btn--ghost" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </div>
      <ExportControls busy={busy} onExport={(f, e) => void exportAll(f, e)} />
      {note && <p role="status">{note}</p>}
      <div className="admin-table-wrap">
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('audit.time')}</th>
              <th>{t('audit.role')}</th>
              <th>{t('audit.action')}</th>
              <th>{t('audit.target')}</th>
              <th>{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatTime(r.at)}</td>
                <td>{t(`roles.${r.role}`, { defaultValue: r.role })}</td>
                <td>{r.action}</td>
                <td>{r.target}</td>
                <td className="admin-table__json">
                  {r.before !== null ? JSON.stringify(r.before) : ''}
                  {r.before !== null && r.after !== null ? ' → ' : ''}
                  {r.after !== null ? JSON.stringify(r.after) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
