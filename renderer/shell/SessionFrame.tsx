import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IdleCountdown } from './IdleCountdown';
import { useShell } from './shell-context';
import { useIdleCountdown } from './use-idle-countdown';

export type NextAction = Readonly<{
  label?: string;
  onClick: () => void;
  disabled?: boolean;
  testId?: string;
}>;

/**
 * Every screen after home: the item's title, the step's heading and instruction (read aloud: data-speak, see
 * renderer/voice/use-spoken-screen.ts), the step itself,
 * and the bar with 返回首页 / 上一步 / next plus the idle countdown.
 */
export function SessionFrame(props: {
  title: string;
  heading: string;
  instruction?: string;
  onHome: () => void;
  onBack: () => void;
  onIdle: () => void;
  next?: NextAction;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { info } = useShell();
  const { remaining, extend } = useIdleCountdown(info.ui.idleSeconds, props.onIdle);
  return (
    <main className="session">
      <div className="session__head">
        <div className="session__title">{props.title}</div>
        <IdleCountdown remaining={remaining} warningSeconds={info.ui.idleWarningSeconds} onExtend={extend} />
      </div>
      <section className="session__body" aria-labelledby="step-heading">
        <h1
          id="step-heading"
          className="session__heading"
          data-speak={props.instruction ? undefined : 'screen'}
        >
          {props.heading}
        </h1>
        {props.instruction && (
          <p className="session__instruction" data-speak="screen">
            {props.instruction}
          </p>
        )}
        <div className="session__content">{props.children}</div>
      </section>
      <footer className="session__nav">
        <button
          type="button"
          className="btn btn--ghost btn--large"
          data-testid="nav-home"
          onClick={props.onHome}
        >
          {t('nav.home')}
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--large"
          data-testid="nav-back"
          onClick={props.onBack}
        >
          {t('nav.back')}
        </button>
        {props.next && (
          <button
            type="button"
            className="btn btn--primary btn--large"
            data-testid={props.next.testId ?? 'nav-next'}
            disabled={props.next.disabled}
            onClick={props.next.onClick}
          >
            {props.next.label ?? t('nav.next')}
          </button>
        )}
      </footer>
    </main>
  );
}
