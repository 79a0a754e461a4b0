import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceItemId } from '../../flows/catalog';
import { SERVICE_ITEMS } from '../../flows/items';
import { createServiceMachine } from '../../flows/service-machine';
import { useKioskApi } from '../api/kiosk-context';
import { useShell } from '../shell/shell-context';
import type { SessionEndReason } from '../shell/App';
import { SessionFrame, type NextAction } from '../shell/SessionFrame';
import { revealProblem } from '../shell/reveal-problem';
import { ConfirmStep } from './steps/ConfirmStep';
import { FormStep } from './steps/FormStep';
import { IdentityStep } from './steps/IdentityStep';
import { PhotoStep } from './steps/PhotoStep';
import { QueryResultStep } from './steps/QueryResultStep';
import { ResultStep } from './steps/ResultStep';
import { StartStep } from './steps/StartStep';
import { WaitingStep } from './steps/WaitingStep';
import { IdentityBanner } from './steps/IdentityBanner';
import { SessionIdContext } from './session-id';
import { SwitchItemContext } from './switch-item';
import { WizardContext, type WizardRef } from './wizard-context';
import { wizardActors } from './wizard-actors';
import { useCodeTables } from './use-code-tables';

type StepName =
  | 'identity'
  | 'checkingInsurance'
  | 'start'
  | 'form'
  | 'photos'
  | 'confirm'
  | 'submitting'
  | 'result'
  | 'querying'
  | 'queryResult';

/** Runs one item's wizard (flows/) in the renderer and draws the screen of its current step. */
export function FlowRunner(props: {
  itemId: ServiceItemId;
  sessionId: string;
  onEnd: (reason: SessionEndReason) => void;
  onSwitch: (itemId: ServiceItemId) => void;
}) {
  const { t } = useTranslation('flow');
  const api = useKioskApi();
  const definition = SERVICE_ITEMS[props.itemId];
  const machine = useMemo(
    () => createServiceMachine(definition).provide({ actors: wizardActors(api, props.sessionId) }),
    [definition, api, props.sessionId],
  );
  const codes = useCodeTables();
  const { info } = useShell();
  const actor: WizardRef = useActorRef(machine, {
    input: { startedAt: new Date().toISOString(), codes, kioskCounty: info.countyCode ?? null },
  });
  const step: StepName | 'exited' | 'finished' = useSelector(actor, (s) => s.value);
  // 查询结果 says what it found: never "here is your information" above "nothing was found".
  const queryOutcome = useSelector(actor, (s) =>
    s.context.queryError ? 'Error' : s.context.insured && !s.context.insured.found ? 'NotFound' : '',
  );
  // Signing the 个人承诺书 instead of photographing: the screen says (and reads) that, not the camera's instruction.
  const signing = useSelector(actor, (s) => s.context.proofMode === 'promise');
  const screen = useSelector(actor, (s) => screenKey(String(s.value), s.context));
  const { onEnd } = props;
  const { setHelpContext, say } = useShell();
  useEffect(() => {
    setHelpContext({ sessionId: props.sessionId, step, itemId: props.itemId });
  }, [setHelpContext, props.sessionId, step, props.itemId]);
  useEffect(() => () => setHelpContext(null), [setHelpContext]);

  useEffect(() => {
    if (step === 'exited') onEnd('home');
    if (step === 'finished') onEnd('finished');
  }, [step, onEnd]);
  if (step === 'exited' || step === 'finished') return null;

  const send = actor.send;
  const proposed = nextAction(step, send, t);
  // A 下一步 / 确认提交 that leaves the resident on the same step was refused: show and say why.
  const next: NextAction | undefined = proposed && {
    ...proposed,
    onClick: () => {
      proposed.onClick();
      if (actor.getSnapshot().value !== step) return;
      requestAnimationFrame(() => {
        const said = revealProblem();
        if (said) say(said);
      });
    },
  };
  const onBack = step === 'result' || step === 'queryResult' ? undefined : () => send({ type: 'BACK' });
  return (
    <SwitchItemContext.Provider value={props.onSwitch}>
      <SessionIdContext.Provider value={props.sessionId}>
        <WizardContext.Provider value={actor}>
          <SessionFrame
            title={t(`items:${props.itemId}.title`)}
            screen={screen}
            heading={t(`steps.${screenOf(step, signing)}.heading`)}
            instruction={t(
              step === 'queryResult'
                ? `steps.queryResult.instruction${queryOutcome}`
                : `steps.${screenOf(step, signing)}.instruction`,
            )}
            onHome={() => onEnd('home')}
            onBack={onBack}
            onIdle={() => onEnd('idle')}
            next={next}
          >
            <IdentityBanner />
            <div data-step={step}>{renderStep(step)}</div>
          </SessionFrame>
        </WizardContext.Provider>
      </SessionIdContext.Provider>
    </SwitchItemContext.Provider>
  );
}

/** One screen of the wizard: the step, and within 填写 the form page, within 拍照 the material (or 承诺书). */
function screenKey(
  step: string,
  c: Readonly<{ pageIndex: number; materialIndex: number; proofMode: string | null }>,
): string {
  if (step === 'form') return `form:${c.pageIndex}`;
  if (step === 'photos') return c.proofMode === 'promise' ? 'promise' : `photos:${c.materialIndex}`;
  return step;
}

function screenOf(step: StepName, signing: boolean): string {
  return step === 'photos' && signing ? 'promise' : step;
}

function renderStep(step: StepName) {
  switch (step) {
    case 'identity':
      return <IdentityStep />;
    case 'start':
      return <StartStep />;
    case 'form':
      return <FormStep />;
    case 'photos':
      return <PhotoStep />;
    case 'confirm':
      return <ConfirmStep />;
    case 'submitting':
    case 'checkingInsurance':
    case 'querying':
      return <WaitingStep />;
    case 'result':
      return <ResultStep />;
    case 'queryResult':
      return <QueryResultStep />;
  }
}

function nextAction(
  step: StepName,
  send: WizardRef['send'],
  t: (k: string) => string,
): NextAction | undefined {
  switch (step) {
    case 'start':
    case 'form':
    case 'photos':
      return { onClick: () => send({ type: 'NEXT' }) };
    case 'confirm':
      return { label: t('confirm.submit'), testId: 'submit', onClick: () => send({ type: 'SUBMIT' }) };
    case 'result':
    case 'queryResult':
      return { label: t('result.finish'), testId: 'finish', onClick: () => send({ type: 'FINISH' }) };
    default:
      return undefined;
  }
}
