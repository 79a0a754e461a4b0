import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/case-status';
import { SERVICE_ITEM_IDS } from '../../../flows/catalog';
import type { LedgerEntry } from '../../../api/office-contract';
import { useAdmin } from '../admin-context';
import { formatTime } from '../format-time';
import { todayText } from './date-range';
import { DateRangeInputs } from './DateRangeInputs';
import { itemLabel } from './item-label';
import { AttemptLog } from './AttemptLog';
import { NoteDialog } from './NoteDialog';
import { useCaseAction } from './use-case-action';

/** 业务台账: the cases of a date range, filtered by item and status, with deliveries and staff actions. */
export function LedgerTab() {
  const { t, i18n } = useTranslation('admin');
  const admin = useAdmin();
  const [range, setRange] = useState({ from: todayText(), to: todayText() });
  const [itemId, setItemId] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [entries, setEntries] = useState<LedgerEntry[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await admin.call('office.ledger', {
      ...range,
      ...(itemId ? { itemId } : {}),
      ...(status ? { status } : {}),
    });
    setEntries(r.ok ? r.value.entries : []);
  }, [admin, range, itemId, status]);
  useEffect(() => void load(), [load]);
  const action = useCaseAction(() => void load());

  return (
    <section className="admin-section" data-testid="ledger-tab">
      <div className="admin-toolbar">
        <DateRangeInputs from={range.from} to={range.to} onChange={setRange} />
        <label>
          {t('ledger.item')}
          <select className="admin-input" value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t('ledger.all')}</option>
            {SERVICE_ITEM_IDS.map((id) => (
              <option key={id} value={id}>
                {itemLabel(t, i18n, id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ledger.status')}
          <select
            className="admin-input"
            value={status}
            data-testid="ledger-status"
            onChange={(e) => setStatus(e.target.value as CaseStatus | '')}
          >
            <option value="">{t('ledger.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn--ghost" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </div>
      <p>{entries === null ? t('loading') : t('ledger.count', { n: entries.length })}</p>
      <div className="admin-table-wrap">
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('ledger.caseNo')}</th>
              <th>{t('ledger.time')}</th>
              <th>{t('ledger.item')}</th>
              <th>{t('ledger.person')}</th>
              <th>{t('ledger.status')}</th>
              <th>{t('ledger.provinceNo')}</th>
              <th>{t('ledger.reason')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(entries ?? []).map((e) => (
              <Fragment key={e.caseId}>
                <tr data-case={e.caseNo}>
                  <td>{e.caseNo}</td>
                  <td>{formatTime(e.createdAt)}</td>
                  <td>{itemLabel(t, i18n, e.itemId)}</td>
                  <td>
                    {e.nameMask} {e.certnoMask}
                  </td>
                  <td>
                    {t(`status.${e.status}`)}
                    {e.resolution ? ` · ${t('ledger.resolved')}` : ''}
                    {e.purged ? ` · ${t('ledger.purged')}` : ''}
                  </td>
                  <td>{e.trtDclaDetlSn ?? ''}</td>
                  <td className="admin-table__reason">
                    {[e.errMsg, ...e.reasons.map((r) => `${r.field}：${r.reason}`), e.rejtRea]
                      .filter(Boolean)
                      .join('；')}
                  </td>
                  <td className="admin-table__actions">
                    <button
                      type="button"
                      className="btn btn--ghost"
                      onClick={() => setOpen(open === e.caseId ? null : e.caseId)}
                    >
                      {t('ledger.details')}
                    </button>
                    {e.canResend === null && (
                      <button
                        type="button"
                        className="btn btn--secondary"
                        data-testid="resend"
                        onClick={() => action.open({ kind: 'resend', caseId: e.caseId, caseNo: e.caseNo })}
                      >
                        {t('ledger.resend')}
                      </button>
                    )}
                    {e.canResolve === null && (
                      <button
                        type="button"
                        className="btn btn--secondary"
                        onClick={() => action.open({ kind: 'resolve', caseId: e.caseId, caseNo: e.caseNo })}
                      >
                        {t('ledger.resolve')}
                      </button>
                    )}
                  </td>
                </tr>
                {open === e.caseId && (
                  <tr className="admin-table__detail">
                    <td colSpan={8}>
                      <p>
                        {t('ledger.attempts', { n: e.attempts })}
                        {e.lastError ? ` · ${t('ledger.lastError')}: ${e.lastError}` : ''}
                        {e.resolution ? ` · ${t('ledger.note')}: ${e.resolution.note}` : ''}
                      </p>
                      <table className="admin-table admin-table--inner">
                        <thead>
                          <tr>
                            <th>{t('ledger.msgid')}</th>
                            <th>{t('ledger.kind')}</th>
                            <th>{t('ledger.state')}</th>
                            <th>{t('ledger.time')}</th>
                            <th>{t('ledger.doneAt')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {e.deliveries.map((d) => (
                            <tr key={d.msgid}>
                              <td>{d.msgid}</td>
                              <td>
                                {t(`delivery.${d.kind}`)}
                                {d.materialSeq !== null ? ` ${d.materialSeq + 1}` : ''}
                              </td>
                              <td>{t(`delivery.${d.state}`)}</td>
                              <td>{formatTime(d.createdAt)}</td>
                              <td>{d.doneAt === null ? '' : formatTime(d.doneAt)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                      <AttemptLog attempts={e.attemptLog} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {action.action && (
        <NoteDialog
          title={t(`ledger.${action.action.kind}Title`, { caseNo: action.action.caseNo })}
          busy={action.busy}
          error={action.error}
          onConfirm={action.confirm}
          onCancel={action.cancel}
        />
      )}
    </section>
  );
}
