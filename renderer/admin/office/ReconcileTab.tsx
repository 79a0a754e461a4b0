import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECONCILE_KINDS, type ReconcileKind, type ReconcileReport } from '../../../api/office-contract';
import type { ExportEncoding } from '../../../api/admin-contract';
import { useAdmin } from '../admin-context';
import { ExportControls } from '../ExportControls';
import { formatTime } from '../format-time';
import { todayText } from './date-range';
import { DateRangeInputs } from './DateRangeInputs';
import { itemLabel } from './item-label';
import { NoteDialog } from './NoteDialog';
import { useCaseAction } from './use-case-action';

/** 对账: ZZ04 for a range against the ledger; resend what the province lacks; export both as CSV. */
export function ReconcileTab() {
  const { t, i18n } = useTranslation('admin');
  const admin = useAdmin();
  const [range, setRange] = useState({ from: todayText(), to: todayText() });
  const [report, setReport] = useState<ReconcileReport | null>(null);
  const [show, setShow] = useState<ReconcileKind | 'problems'>('problems');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    void admin.call('office.reconcile.last', {}).then((r) => r.ok && r.value && setReport(r.value));
  }, [admin]);

  const run = useCallback(async () => {
    setBusy(true);
    setNote(null);
    const r = await admin.call('office.reconcile', range);
    setBusy(false);
    if (r.ok) setReport(r.value);
    else setNote(r.error.code === 'unavailable' ? t('reconcile.unavailable') : t('reconcile.failed'));
  }, [admin, range, t]);
  const action = useCaseAction(() => void run());

  async function exportFiles(folder: string, encoding: ExportEncoding) {
    setBusy(true);
    const r = await admin.call('office.export', { ...range, folder, encoding });
    setBusy(false);
    setNote(r.ok ? t('reconcile.exported', { files: r.value.files.join('，') }) : t('export.failed'));
  }

  const lines = (report?.lines ?? []).filter((l) =>
    show === 'problems' ? l.kind !== 'matched' : l.kind === show,
  );
  return (
    <section className="admin-section" data-testid="reconcile-tab">
      <div className="admin-toolbar">
        <DateRangeInputs from={range.from} to={range.to} onChange={setRange} />
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          data-testid="reconcile-run"
          onClick={() => void run()}
        >
          {t('reconcile.run')}
        </button>
      </div>
      <ExportControls busy={busy} onExport={(f, e) => void exportFiles(f, e)} />
      {note && <p role="status">{note}</p>}
      {report && (
        <>
          <p data-testid="reconcile-summary">
            {t('reconcile.summary', {
              from: report.from,
              to: report.to,
              time: formatTime(report.ranAt),
              trigger: t(`reconcile.trigger.${report.trigger}`),
            })}
          </p>
          <div className="segmented admin-kinds" role="group">
            {(['problems', ...RECONCILE_KINDS] as const).map((k) => (
              <button
                key={k}
                type="button"
                className="segmented__item"
                aria-pressed={show === k}
                data-kind={k}
                onClick={() => setShow(k)}
              >
                {t(`reconcile.kinds.${k}`)}
                {k === 'problems'
                  ? ` ${report.lines.filter((l) => l.kind !== 'matched').length}`
                  : ` ${report.counts[k]}`}
              </button>
            ))}
          </div>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th>{t('reconcile.kind')}</th>
                  <th>{t('ledger.caseNo')}</th>
                  <th>{t('ledger.item')}</th>
                  <th>{t('ledger.person')}</th>
                  <th>{t('reconcile.local')}</th>
                  <th>{t('reconcile.province')}</th>
                  <th>{t('ledger.provinceNo')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr
                    key={`${l.caseId ?? l.refMsgid ?? ''}-${i}`}
                    data-line={l.kind}
                    data-case={l.caseNo ?? ''}
                  >
                    <td>{t(`reconcile.kinds.${l.kind}`)}</td>
                    <td>{l.caseNo ?? ''}</td>
                    <td>{itemLabel(t, i18n, l.itemId)}</td>
                    <td>{l.certnoMask}</td>
                    <td>{l.localStatus ? t(`status.${l.localStatus}`) : ''}</td>
                    <td>
                      {l.provinceAcpStas === null
                        ? ''
                        : i18n.exists(`admin:acpStas.${l.provinceAcpStas}`)
                          ? t(`acpStas.${l.provinceAcpStas}`)
                          : l.provinceAcpStas}
                    </td>
                    <td>{l.trtDclaDetlSn ?? ''}</td>
                    <td>
                      {l.kind === 'missing-at-province' && l.caseId && l.caseNo ? (
                        l.resendRefusal === null ? (
                          <button
                            type="button"
                            className="btn btn--secondary"
                            data-testid="reconcile-resend"
                            onClick={() =>
                              action.open({ kind: 'resend', caseId: l.caseId ?? '', caseNo: l.caseNo ?? '' })
                            }
                          >
                            {t('ledger.resend')}
                          </button>
                        ) : (
                          <span className="admin-muted">{t(`refusal.${l.resendRefusal.problem}`)}</span>
                        )
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {action.action && (
        <NoteDialog
          title={t('ledger.resendTitle', { caseNo: action.action.caseNo })}
          busy={action.busy}
          error={action.error}
          onConfirm={action.confirm}
          onCancel={action.cancel}
        />
      )}
    </section>
  );
}
