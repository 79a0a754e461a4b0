import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../api/kiosk-context';
import { useShell } from '../../shell/shell-context';
import { useSessionId } from '../session-id';
import { useWizard } from '../wizard-context';
import { useCodeTables } from '../use-code-tables';
import { receiptText } from '../receipt-text';

type PrintState = { status: 'idle' | 'printing' | 'printed' } | { status: 'failed'; problem: string };

/** 结果: the 受理编号, what happens next, and the receipt (printed at once; reprint if the printer failed). */
export function ResultStep() {
  const { t } = useTranslation('flow');
  const [{ submitted, def }] = useWizard((c) => ({ submitted: c.submitted, def: c.definition }));
  const { info, language } = useShell();
  const print = usePrint('case', submitted?.caseId);
  return (
    <div className="result">
      <div className="result__banner" data-speak="result">
        <p className="result__accepted">{t('result.accepted')}</p>
        <p className="result__no">
          <span className="result__label">{t('result.acceptNo')}</span>
          <span className="result__number" data-testid="accept-no">
            {submitted?.acceptNo}
          </span>
        </p>
      </div>
      {/* What the resident must see before walking away (the receipt) comes before what to do later. */}
      <PrintStatus state={print.state} onPrint={print.run} label={t('result.reprint')} />
      {submitted && <DeliveryStatus caseId={submitted.caseId} />}
      {/* Read once the receipt is out (or failed), so the print status is heard before the long next steps. */}
      <section
        className="panel"
        data-speak={
          print.state.status === 'printed' || print.state.status === 'failed' ? 'document' : undefined
        }
        data-testid="next-steps"
      >
        <h2>{t('result.nextStepsTitle')}</h2>
        <ol>
          {def.nextSteps.map((key) => (
            <li key={key}>
              {t(`nextSteps.${key}`, {
                amount: info.enrollment.contributionYuan,
                period: formatPeriod(info.enrollment.paymentFrom, info.enrollment.paymentTo, language),
              })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

const DELIVERY_POLL_MS = 2_000;

/** The case's way to the province, live: residents and staff see it leave the kiosk (or wait for the network). */
function DeliveryStatus({ caseId }: { caseId: string }) {
  const { t } = useTranslation('flow');
  const api = useKioskApi();
  const sessionId = useSessionId();
  const [status, setStatus] = useState<{ status: string; provinceNo: string | null } | null>(null);
  useEffect(() => {
    let stop = false;
    const poll = async () => {
      const r = await api.call('case.status', { sessionId, caseId });
      if (stop) return;
      if (r.ok) setStatus(r.value);
      setTimeout(() => void poll(), DELIVERY_POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [api, sessionId, caseId]);
  if (!status) return null;
  // Said when it changes; the province's number is on screen and on the receipt, not read out every time.
  const spoken = `${t('delivery.title')}：${t(`delivery.statuses.${status.status}`)}`;
  return (
    <p
      className="delivery"
      data-testid="delivery-status"
      data-status={status.status}
      data-speak="status"
      data-speak-text={spoken}
    >
      {t('delivery.title')}：{t(`delivery.statuses.${status.status}`)}
      {status.provinceNo && (
        <span className="delivery__no" data-testid="province-no" data-no={status.provinceNo}>
          {t('delivery.provinceNo', { no: status.provinceNo })}
        </span>
      )}
    </p>
  );
}

/** A yearly MM-DD period in the resident's language, e.g. 9月1日至12月31日 / 1 September – 31 December. */
function formatPeriod(from: string, to: string, language: string): string {
  const fmt = new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric' });
  const day = (md: string) => fmt.format(new Date(`2001-${md}T12:00:00`));
  return `${day(from)} – ${day(to)}`;
}

/** Prints once when the screen opens; a failure shows the reason and a reprint button. */
export function usePrint(kind: 'case' | 'query', caseId?: string) {
  const api = useKioskApi();
  const sessionId = useSessionId();
  const { language, info } = useShell();
  const { t } = useTranslation();
  const [def] = useWizard((c) => c.definition);
  const codes = useCodeTables();
  const [state, setState] = useState<PrintState>({ status: 'idle' });
  const started = useRef(false);
  const run = async () => {
    setState({ status: 'printing' });
    const period = formatPeriod(info.enrollment.paymentFrom, info.enrollment.paymentTo, language);
    const text = receiptText(t, kind, def, info.enrollment, period, codes);
    const r = await api.call('receipt.print', {
      sessionId,
      kind,
      ...(caseId ? { caseId } : {}),
      language,
      text,
    });
    if (r.ok && r.value.printed) setState({ status: 'printed' });
    else setState({ status: 'failed', problem: r.ok && !r.value.printed ? r.value.problem : 'other' });
  };
  useEffect(() => {
    if (kind === 'case' && !started.current) {
      started.current = true;
      void run();
    }
  });
  return { state, run: () => void run() };
}

export function PrintStatus(props: {
  state: PrintState;
  onPrint: () => void;
  label: string;
  /** The query's printout is a result, not an application's receipt: its own wording. */
  problems?: 'problems' | 'queryProblems';
}) {
  const { t } = useTranslation('flow');
  const { state } = props;
  return (
    <div className="print-status" aria-live="polite" data-testid="print-status" data-print={state.status}>
      {state.status === 'printing' && <p data-speak="status">{t('result.printing')}</p>}
      {state.status === 'printed' && (
        <p className="alert alert--ok" data-speak="status">
          {t(props.problems === 'queryProblems' ? 'printer.queryPrinted' : 'result.printed')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="alert alert--error" role="alert">
          {t(`printer.${props.problems ?? 'problems'}.${state.problem}`)}
        </p>
      )}
      {state.status !== 'printing' && (
        <button
          type="button"
          className="btn btn--secondary btn--large"
          data-testid="print"
          onClick={props.onPrint}
        >
          {props.label}
        </button>
      )}
    </div>
  );
}
