import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../api/office-contract';
import { formatTime } from '../format-time';

/** Every try of the case's messages, oldest first: when, which message, what came of it, the kind of error. */
export function AttemptLog(props: { attempts: LedgerEntry['attemptLog'] }) {
  const { t } = useTranslation('admin');
  if (props.attempts.length === 0) return null;
  return (
    <>
      <h4>{t('ledger.attemptLog')}</h4>
      <table className="admin-table admin-table--inner" data-testid="attempt-log">
        <thead>
          <tr>
            <th>{t('ledger.attemptAt')}</th>
            <th>{t('ledger.attemptStep')}</th>
            <th>{t('ledger.attemptOutcome')}</th>
            <th>{t('ledger.attemptError')}</th>
          </tr>
        </thead>
        <tbody>
          {props.attempts.map((a, i) => (
            <tr key={`${a.at}-${i}`} data-outcome={a.outcome}>
              <td>{formatTime(a.at)}</td>
              <td>{t(`ledger.steps.${a.step ?? 'none'}`)}</td>
              <td>{t(`ledger.outcomes.${a.outcome}`)}</td>
              <td>{a.errorKind ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
