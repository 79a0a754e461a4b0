import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IdleCountdown } from './IdleCountdown';
import { useShell } from './shell-context';
import { useIdleCountdown } from './use-idle-countdown';
import { useMoreBelow } from './use-more-below';
import { stepTimingId } from './element-timing';

export type NextAction = Readonly<{
  label?: string;
  onClick: () => void;
  disabled?: boolean;
  testId?: string;
}>;

/**
 * Every screen after home: the item's title, the step's heading and instruction (read aloud: data-speak, see
 * renderer/voice/use-spoken-screen.ts), the step itself, and the bar with 返回首页 / 上一步 / next plus the idle
 * countdown. Only the body scrolls: the bar below it has its own row, so it never covers content, and says when
 * there is more further down.
 */
export function SessionFrame(props: {
  title: string;
  /** Which screen this is (a step, a form page, a material): a new screen gets a new heading element. */
  screen: string;
  heading: string;
  instruction?: string;
  onHome: () => void;
  /** Absent where there is no way back (结果: the case is submitted). */
  onBack?: () => void;
  onIdle: () => void;
  next?: NextAction;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { info } = useShell();
  const { remaining, extend } = useIdleCountdown(info.ui.idleSeconds, props.onIdle);
  const bodyRef = useRef<HTMLElement>(null);
  const moreBelow = useMoreBelow(bodyRef);
  // The body element stays from step to step: each new step opens at its top, not where the last one was.
  useEffect(() => {
    bodyRef.current?.scrollTo({ top: 0 }); // (newer Chromium returns a promise: not a cleanup)
  }, [props.heading]);
  const scrollDown = () => {
    const body = bodyRef.current;
    if (body) body.scrollBy({ top: body.clientHeight * 0.7 });
  };
  return (
    <main className="session">
      <div className="session__head">
        <div className="session__title">{props.title}</div>
        <IdleCountdown remaining={remaining} warningSeconds={info.ui.idleWarningSeconds} onExtend={extend} />
      </div>
      <section className="session__body" aria-labelledby="step-heading" ref={bodyRef} tabIndex={0}>
        {/* Keyed by screen so each screen's heading is a new element, which Element Timing reports when painted. */}
        <h1
          key={props.screen}
          elementtiming={stepTimingId(props.screen)}
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
        {moreBelow && (
          <button
            type="button"
            className="btn btn--ghost btn--large more-below"
            data-testid="more-below"
            onClick={scrollDown}
          >
            {t('nav.moreBelow')}
          </button>
        )}
        {props.onBack && (
          <button
            type="button"
            className="btn btn--secondary btn--large"
            data-testid="nav-back"
            onClick={props.onBack}
          >
            {t('nav.back')}
          </button>
        )}
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
