import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdmin } from '../admin-context';

export type CaseAction = Readonly<{ kind: 'resend' | 'resolve'; caseId: string; caseNo: string }>;

/** Runs resend/resolve with its note; a refusal shows the Node side's reason. */
export function useCaseAction(onDone: () => void) {
  const { t } = useTranslation('admin');
  const admin = useAdmin();
  const [action, setAction] = useState<CaseAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm(note: string) {
    if (!action) return;
    setBusy(true);
    const method = action.kind === 'resend' ? 'office.resend' : 'office.resolve';
    const r = await admin.call(method, { caseId: action.caseId, note });
    setBusy(false);
    if (r.ok) {
      setAction(null);
      setError(null);
      onDone();
      return;
    }
    const problem = (r.error.details as { problem?: string } | undefined)?.problem;
    setError(problem ? t(`refusal.${problem}`) : t('ledger.actionFailed'));
  }
  return {
    action,
    busy,
    error,
    open: (a: CaseAction) => {
      setError(null);
      setAction(a);
    },
    cancel: () => setAction(null),
    confirm: (note: string) => void confirm(note),
  };
}
