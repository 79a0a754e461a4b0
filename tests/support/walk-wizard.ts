import { createActor, fromPromise, type ActorRefFrom } from 'xstate';
import type { InsuranceCheck } from '../../flows/identity';
import { SERVICE_ITEMS } from '../../flows/items';
import { createServiceMachine } from '../../flows/service-machine';
import type { ServiceMachine } from '../../flows/service-machine';
import type { PageRef, SubmitCaseInput, WizardEvent } from '../../flows/wizard-types';
import { formPages } from '../../flows/form-pages';
import { adultCard, TEST_CODES, TEST_TODAY, validAnswers } from './sample-people';

/** Lets the invoked actors (provided as resolved promises) settle. */
export const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * Walks a wizard for a case item the way a resident does: the card, the 告知书, valid answers, one page for
 * each material, and the 我确认 tick — stopping at 确认提交, where the test decides what 提交 meets.
 */
export async function walkToConfirm(
  actor: ActorRefFrom<ServiceMachine>,
  pageFor: (materialId: string) => PageRef = (id) => ({
    photoId: `${id}-1`,
    sha256: `sha-${id}`,
    thumbnail: '',
  }),
): Promise<void> {
  const def = actor.getSnapshot().context.definition;
  actor.send({ type: 'IDENTIFIED', person: adultCard });
  await settle();
  actor.send({ type: 'AGREE', agreed: true });
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'SET_FIELDS', values: validAnswers(def, 'self') });
  // One 下一步 per short page of the form (flows/form-pages.ts), until the form is left.
  for (let i = 0; i < formPages(def).length && actor.getSnapshot().value === 'form'; i++)
    actor.send({ type: 'NEXT' });
  const events: WizardEvent[] = [
    ...def.materials.flatMap((m): WizardEvent[] => [
      { type: 'ADD_PAGE', materialId: m.id, page: pageFor(m.id) },
      { type: 'NEXT' },
    ]),
    { type: 'TICK', ticked: true },
  ];
  for (const e of events) actor.send(e);
}

/**
 * What the 长期居住 备案 wizard hands to 提交 (its submitCase input) after `walkToConfirm` with `pageFor`'s
 * page for its one material: the submission a real CaseService then receives.
 */
export async function submittedByWizard(pageFor: (materialId: string) => PageRef): Promise<SubmitCaseInput> {
  let captured: SubmitCaseInput | null = null;
  const machine = createServiceMachine(SERVICE_ITEMS['filing-long-term']).provide({
    actors: {
      checkInsurance: fromPromise<InsuranceCheck, void>(async () => ({ state: 'unknown' })),
      submitCase: fromPromise(async ({ input }: { input: SubmitCaseInput }) => {
        captured = input;
        return { caseId: 'x', acceptNo: 'x', createdAt: TEST_TODAY };
      }),
    },
  });
  const a = createActor(machine, { input: { startedAt: TEST_TODAY, codes: TEST_CODES } }).start();
  await walkToConfirm(a, pageFor);
  a.send({ type: 'SUBMIT' });
  await settle();
  a.stop();
  const got = captured as SubmitCaseInput | null;
  if (!got) throw new Error('the wizard did not submit');
  return got;
}
