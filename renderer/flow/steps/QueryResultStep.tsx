import { useTranslation } from 'react-i18next';
import { regionFullNameIn } from '../../../domain/regions/region-names';
import { useShell } from '../../shell/shell-context';
import { useWizard } from '../wizard-context';
import { PrintStatus, usePrint } from './ResultStep';
import { codeLabelKey, useCodeTables } from '../use-code-tables';
import { useSwitchItem } from '../switch-item';

/** 查看结果: the insured status in plain words, or why there is none; can be printed. */
export function QueryResultStep() {
  const { t } = useTranslation('flow');
  const [{ insured, error }, send] = useWizard((c) => ({ insured: c.insured, error: c.queryError }));
  const print = usePrint('query');
  const codes = useCodeTables();
  const switchItem = useSwitchItem();
  const { language } = useShell();
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
      <div className="query">
        <p className="alert alert--warn" data-testid="query-not-found" data-speak="result">
          {t('query.notFound')}
        </p>
        <button
          type="button"
          className="btn btn--primary btn--large"
          data-testid="go-enroll"
          onClick={() => switchItem('enroll')}
        >
          {t('query.goEnroll')}
        </button>
      </div>
    );
  }
  return (
    <div className="query">
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
              <td>{regionFullNameIn(row.admdvs, language) || row.admdvs}</td>
              <td>{row.since}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PrintStatus
        state={print.state}
        onPrint={print.run}
        label={t('query.print')}
        problems="queryProblems"
      />
    </div>
  );
}
