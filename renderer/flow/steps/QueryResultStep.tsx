import { useTranslation } from 'react-i18next';
import { regionFullName } from '../../../domain/regions/regions';
import { maskName } from '../../../domain/id-number';
import { useWizard } from '../wizard-context';
import { PrintStatus, usePrint } from './ResultStep';
import { codeLabelKey, useCodeTables } from '../use-code-tables';

/** 查看结果: the insured status in plain words, or why there is none; can be printed. */
export function QueryResultStep() {
  const { t } = useTranslation('flow');
  const [{ insured, error }, send] = useWizard((c) => ({ insured: c.insured, error: c.queryError }));
  const print = usePrint('query');
  const codes = useCodeTables();
  const insutypeName = (code: string) => {
    const key = codeLabelKey(codes, 'insutype', code);
    return key ? t(key) : code;
  };
  if (error) {
    return (
      <div className="query">
        <p className="alert alert--error" role="alert" data-testid="query-error">
          {t('query.unavailable')}
        </p>
        <button type="button" className="btn btn--primary btn--large" onClick={() => send({ type: 'RETRY' })}>
          {t('query.retry')}
        </button>
      </div>
    );
  }
  if (!insured?.found) {
    return (
      <p className="alert alert--warn" data-testid="query-not-found" data-speak="result">
        {t('query.notFound')}
      </p>
    );
  }
  return (
    <div className="query">
      <p className="query__name" data-speak="result">
        {t('query.name')}：{maskName(insured.name ?? '')}
      </p>
      <table className="query__table" data-testid="query-table" data-speak="result">
        <thead>
          <tr>
            <th>{t('query.insutype')}</th>
            <th>{t('query.status')}</th>
            <th>{t('query.place')}</th>
            <th>{t('query.since')}</th>
          </tr>
        </thead>
        <tbody>
          {insured.insurances.map((row, i) => (
            <tr key={i}>
              <td>{insutypeName(row.insutype)}</td>
              <td>{t(`query.statuses.${row.status}`, { defaultValue: row.status })}</td>
              <td>{regionFullName(row.admdvs) || row.admdvs}</td>
              <td>{row.since}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PrintStatus state={print.state} onPrint={print.run} label={t('query.print')} />
    </div>
  );
}
