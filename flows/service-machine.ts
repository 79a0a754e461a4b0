import { and, assign, fromCallback, fromPromise, not, setup } from 'xstate';
import type { ServiceItemDefinition } from './definition';
import type { CodeTables } from '../domain/codes/code-tables';
import { checkIdentity, insuredAdmdvsFor, type InsuranceCheck } from './identity';
import { prefill } from './prefill';
import { carryHolderPhone, knownAnswers, regionsFollowingTypedIdNumber } from './known-answers';
import { adjacentPage, firstPage, lastPage, pageOfFirstProblem, problemsOnPage } from './form-pages';
import { buildSubmission } from './submission';
import { SubmitRefused } from './submit-refused';
import { reasonOfError } from './submit-failure';
import { newSubmitKey } from './submit-key';
import { isEditableField, validateForm } from './validate-form';
import type {
  InsuredStatus,
  SubmitCaseInput,
  SubmittedCase,
  WizardContext,
  WizardEvent,
} from './wizard-types';

export type WizardOutput = { outcome: 'exited' | 'finished' };
export type WizardInput = {
  startedAt: string;
  codes: CodeTables;
  /** The kiosk's own county (settings terminal.countyCode), the 参保区划 most residents here have. */
  kioskCounty?: string | null;
};

/** Key under `flow:errors.*` shown when a material has too few pages or the 承诺书 is not signed. */
export const PROOF_ERROR_KEY = '_proof';

/**
 * The one chart every service item runs (seeds/002 附件3):
 * 身份认证 → 开始办理 → 填写 → 拍照 → 确认提交 → 结果, and for the query 身份认证 → 查询 → 查看结果.
 * What differs per item comes from its definition. Side effects are named actors provided at the edge:
 * `identity` (card reader / QR scanner), `checkInsurance` (1101 right after identity, 备案 items),
 * `submitCase` (the case store), `queryInsured` (1101, the query item).
 */
export function createServiceMachine(definition: ServiceItemDefinition) {
  const today = (ctx: WizardContext) => new Date(ctx.startedAt);
  const currentMaterial = (ctx: WizardContext) => definition.materials[ctx.materialIndex];
  const problemsOf = (ctx: WizardContext) =>
    validateForm(definition, ctx.answers, ctx.actingFor, today(ctx), {
      codes: ctx.codes,
      insuredAdmdvs: insuredAdmdvsFor(ctx.insurance, ctx.actingFor, ctx.answers.insutype),
      fromCard: ctx.locked,
    });
  const known = (
    ctx: WizardContext,
    person: WizardContext['person'],
    actingFor: WizardContext['actingFor'],
  ) =>
    person
      ? knownAnswers(definition, person, actingFor, { kioskCounty: ctx.kioskCounty, today: today(ctx) })
      : {};
  const pageProblems = (ctx: WizardContext) => problemsOnPage(definition, ctx.pageIndex, problemsOf(ctx));
  const pageAfter = (ctx: WizardContext, direction: 1 | -1) =>
    adjacentPage(definition, ctx.pageIndex, direction, ctx.actingFor, ctx.locked);

  return setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
      input: {} as WizardInput,
      output: {} as WizardOutput,
    },
    actors: {
      identity: fromCallback<WizardEvent, { itemId: string }>(() => () => {}),
      submitCase: fromPromise<SubmittedCase, SubmitCaseInput>(() =>
        Promise.reject(new Error('submitCase not provided')),
      ),
      checkInsurance: fromPromise<InsuranceCheck, void>(() =>
        Promise.reject(new Error('checkInsurance not provided')),
      ),
      queryInsured: fromPromise<InsuredStatus, void>(() =>
        Promise.reject(new Error('queryInsured not provided')),
      ),
    },
    guards: {
      'identityAccepted?': ({ context, event }) =>
        event.type === 'IDENTIFIED' && checkIdentity(definition, event.person, today(context)) === null,
      'isQuery?': () => definition.kind === 'query',
      'isFiling?': () => definition.kind === 'filing',
      /** A 备案 for oneself needs insurance; for another person the province checks the subject. */
      'insuranceAllows?': ({ context }) =>
        !(context.actingFor === 'self' && context.insurance?.state === 'not-insured'),
      'proxyAllowed?': () => definition.allowProxy,
      'noticeSatisfied?': ({ context }) => !definition.requiresNoticeConsent || context.noticeAgreed,
      'formValid?': ({ context }) => Object.keys(problemsOf(context)).length === 0,
      'pageValid?': ({ context }) => Object.keys(pageProblems(context)).length === 0,
      'morePages?': ({ context }) => pageAfter(context, 1) !== null,
      'earlierPage?': ({ context }) => pageAfter(context, -1) !== null,
      'needsProofs?': () => definition.materials.length > 0 || definition.promiseAllowed,
      'returningToConfirm?': ({ context }) => context.returnToConfirm,
      'proofStepComplete?': ({ context }) => {
        if (context.proofMode === 'promise') return context.promisePage !== null;
        const material = currentMaterial(context);
        return material === undefined || (context.pages[material.id]?.length ?? 0) >= material.minPages;
      },
      'moreMaterials?': ({ context }) =>
        context.proofMode === 'photos' && context.materialIndex < definition.materials.length - 1,
      'laterMaterial?': ({ context }) => context.proofMode === 'photos' && context.materialIndex > 0,
      'allProofsComplete?': ({ context }) =>
        context.proofMode === 'promise'
          ? context.promisePage !== null
          : definition.materials.every((m) => (context.pages[m.id]?.length ?? 0) >= m.minPages),
      'ticked?': ({ context }) => context.confirmTicked,
    },
    actions: {
      acceptPerson: assign(({ context, event }) => {
        if (event.type !== 'IDENTIFIED') return {};
        const filled = prefill(definition, event.person, context.actingFor, context.codes);
        return {
          person: event.person,
          insurance: null,
          identityProblem: null,
          answers: { ...known(context, event.person, context.actingFor), ...filled.answers },
          locked: filled.locked,
          errors: {},
        };
      }),
      rejectPerson: assign(({ context, event }) => ({
        identityProblem:
          event.type === 'IDENTIFIED'
            ? checkIdentity(definition, event.person, today(context))
            : context.identityProblem,
      })),
      identityFailed: assign(({ event }) => ({
        identityProblem: event.type === 'IDENTITY_FAILED' ? event.code : null,
      })),
      deviceRecovered: assign(({ context }) => ({
        identityProblem: context.identityProblem === 'reader-missing' ? null : context.identityProblem,
      })),
      setActingFor: assign(({ context, event }) => {
        if (event.type !== 'SET_ACTING_FOR') return {};
        const filled = context.person
          ? prefill(definition, context.person, event.actingFor, context.codes)
          : { answers: {}, locked: [] };
        const answers = {
          ...known(context, context.person, event.actingFor),
          ...carryHolderPhone(context.answers, context.actingFor, event.actingFor),
          ...filled.answers,
        };
        return { actingFor: event.actingFor, answers, locked: filled.locked, errors: {} };
      }),
      forgetPerson: assign({
        person: null,
        insurance: null,
        answers: {},
        locked: [],
        errors: {},
        noticeAgreed: false,
        identityProblem: null,
      }),
      agree: assign(({ event }) => ({ noticeAgreed: event.type === 'AGREE' && event.agreed })),
      setFields: assign(({ context, event }) => {
        const incoming =
          event.type === 'SET_FIELD'
            ? { [event.name]: event.value }
            : event.type === 'SET_FIELDS'
              ? event.values
              : {};
        const answers = { ...context.answers };
        const errors = { ...context.errors };
        for (const [name, raw] of Object.entries(incoming)) {
          if (context.locked.includes(name)) continue; // read from the card: not editable
          if (!isEditableField(definition, name)) continue; // not a field of this item
          answers[name] = raw; // kept exactly as typed; normalised once when checked and submitted
          delete errors[name]; // the resident is fixing it; re-checked at 下一步
        }
        const following = regionsFollowingTypedIdNumber(
          definition,
          context.answers,
          answers,
          context.actingFor,
          new Date(context.startedAt),
        );
        return { answers: { ...answers, ...following }, errors };
      }),
      showFormErrors: assign(({ context }) => ({ errors: problemsOf(context) })),
      showPageErrors: assign(({ context }) => ({ errors: pageProblems(context) })),
      /** Every problem of the form, on the first page that has one (the last check before 拍照/确认). */
      showFormErrorsOnTheirPage: assign(({ context }) => {
        const errors = problemsOf(context);
        const page = pageOfFirstProblem(definition, errors) ?? context.pageIndex;
        return { errors: problemsOnPage(definition, page, errors), pageIndex: page };
      }),
      nextPage: assign(({ context }) => ({
        pageIndex: pageAfter(context, 1) ?? context.pageIndex,
        errors: {},
      })),
      previousPage: assign(({ context }) => ({
        pageIndex: pageAfter(context, -1) ?? context.pageIndex,
        errors: {},
      })),
      toFirstPage: assign(({ context }) => ({
        pageIndex: firstPage(definition, context.actingFor, context.locked),
      })),
      toLastPage: assign(({ context }) => ({
        pageIndex: lastPage(definition, context.actingFor, context.locked),
      })),
      /** 修改 of one answer opens the page that holds it, that field to be focused (else the first page). */
      toEditedPage: assign(({ context, event }) => {
        const field = event.type === 'EDIT' ? event.field : undefined;
        const page = field === undefined ? null : pageOfFirstProblem(definition, { [field]: 'edit' });
        return {
          pageIndex: page ?? firstPage(definition, context.actingFor, context.locked),
          focusField: page === null ? null : (field ?? null),
        };
      }),
      insuranceUnknown: assign({ insurance: { state: 'unknown' } as InsuranceCheck }),
      refuseUninsured: assign({ identityProblem: 'notInsured' }),
      clearErrors: assign({ errors: {} }),
      chooseProof: assign(({ event }) => ({
        proofMode: event.type === 'CHOOSE_PROOF' ? event.mode : 'photos',
        materialIndex: 0,
        errors: {},
      })),
      addPage: assign(({ context, event }) => {
        if (event.type !== 'ADD_PAGE') return {};
        const material = definition.materials.find((m) => m.id === event.materialId);
        const pages = context.pages[event.materialId] ?? [];
        if (!material || pages.length >= material.maxPages) return {};
        return { pages: { ...context.pages, [event.materialId]: [...pages, event.page] }, errors: {} };
      }),
      removePage: assign(({ context, event }) => {
        if (event.type !== 'REMOVE_PAGE') return {};
        const pages = (context.pages[event.materialId] ?? []).filter((p) => p.photoId !== event.photoId);
        return { pages: { ...context.pages, [event.materialId]: pages } };
      }),
      signPromise: assign(({ event }) => ({
        promisePage: event.type === 'SIGN_PROMISE' ? event.page : null,
        errors: {},
      })),
      showProofError: assign({ errors: { [PROOF_ERROR_KEY]: 'proof.missing' } }),
      nextMaterial: assign(({ context }) => ({ materialIndex: context.materialIndex + 1, errors: {} })),
      previousMaterial: assign(({ context }) => ({ materialIndex: context.materialIndex - 1, errors: {} })),
      firstMaterial: assign({ materialIndex: 0 }),
      lastMaterial: assign({ materialIndex: Math.max(0, definition.materials.length - 1) }),
      tick: assign(({ event }) => ({ confirmTicked: event.type === 'TICK' && event.ticked })),
      markReturnToConfirm: assign({ returnToConfirm: true }),
      makeSubmitKey: assign(({ context }) => ({ submitKey: context.submitKey ?? newSubmitKey() })),
      clearSubmitKey: assign({ submitKey: null }),
      clearReturnToConfirm: assign({ returnToConfirm: false, focusField: null }),
    },
  }).createMachine({
    id: definition.id,
    context: ({ input }) => ({
      definition,
      codes: input.codes,
      insurance: null,
      startedAt: input.startedAt,
      person: null,
      identityProblem: null,
      actingFor: 'self',
      kioskCounty: input.kioskCounty ?? null,
      pageIndex: 0,
      noticeAgreed: false,
      answers: {},
      locked: [],
      errors: {},
      proofMode: 'photos',
      pages: {},
      promisePage: null,
      materialIndex: 0,
      confirmTicked: false,
      returnToConfirm: false,
      focusField: null,
      submitError: null,
      submitKey: null,
      submitted: null,
      insured: null,
      queryError: null,
    }),
    initial: 'identity',
    states: {
      identity: {
        invoke: { src: 'identity', input: () => ({ itemId: definition.id }) },
        on: {
          IDENTIFIED: [
            { guard: and(['identityAccepted?', 'isQuery?']), target: 'querying', actions: 'acceptPerson' },
            {
              guard: and(['identityAccepted?', 'isFiling?']),
              target: 'checkingInsurance',
              actions: 'acceptPerson',
            },
            { guard: 'identityAccepted?', target: 'start', actions: 'acceptPerson' },
            { actions: 'rejectPerson' },
          ],
          IDENTITY_FAILED: { actions: 'identityFailed' },
          IDENTITY_DEVICE_OK: { actions: 'deviceRecovered' },
          SET_ACTING_FOR: { guard: 'proxyAllowed?', actions: 'setActingFor' },
          BACK: 'exited',
        },
      },
      /** 1101 for the identified person: before any typing, a 备案 for oneself needs insurance. */
      checkingInsurance: {
        invoke: {
          id: 'checkInsurance',
          src: 'checkInsurance',
          onDone: [
            {
              guard: ({ event, context }) =>
                event.output.state === 'not-insured' && context.actingFor === 'self',
              target: 'identity',
              actions: [
                assign(({ context, event }) => withInsurance(context, event.output)),
                'refuseUninsured',
              ],
            },
            {
              target: 'start',
              actions: assign(({ context, event }) => withInsurance(context, event.output)),
            },
          ],
          // Unreachable now: the case is still taken; the sync worker asks the province before sending it.
          onError: { target: 'start', actions: 'insuranceUnknown' },
        },
        on: { BACK: { target: 'identity', actions: 'forgetPerson' } },
      },
      start: {
        on: {
          AGREE: { actions: 'agree' },
          SET_ACTING_FOR: { guard: 'proxyAllowed?', actions: 'setActingFor' },
          NEXT: [
            { guard: not('insuranceAllows?'), target: 'identity', actions: 'refuseUninsured' },
            { guard: 'noticeSatisfied?', target: 'form', actions: 'toFirstPage' },
          ],
          BACK: { target: 'identity', actions: 'forgetPerson' },
        },
      },
      form: {
        on: {
          SET_FIELD: { actions: 'setFields' },
          SET_FIELDS: { actions: 'setFields' },
          NEXT: [
            { guard: not('pageValid?'), actions: 'showPageErrors' },
            {
              guard: and(['returningToConfirm?', 'formValid?']),
              target: 'confirm',
              actions: 'clearErrors',
            },
            { guard: 'morePages?', actions: 'nextPage' },
            { guard: not('formValid?'), actions: 'showFormErrorsOnTheirPage' },
            { guard: 'needsProofs?', target: 'photos', actions: ['clearErrors', 'firstMaterial'] },
            { target: 'confirm', actions: 'clearErrors' },
          ],
          BACK: [
            { guard: 'earlierPage?', actions: 'previousPage' },
            { target: 'start', actions: 'clearErrors' },
          ],
        },
      },
      photos: {
        on: {
          CHOOSE_PROOF: { actions: 'chooseProof' },
          ADD_PAGE: { actions: 'addPage' },
          REMOVE_PAGE: { actions: 'removePage' },
          SIGN_PROMISE: { actions: 'signPromise' },
          NEXT: [
            { guard: not('proofStepComplete?'), actions: 'showProofError' },
            { guard: 'moreMaterials?', actions: 'nextMaterial' },
            { target: 'confirm', actions: 'clearErrors' },
          ],
          BACK: [
            { guard: 'laterMaterial?', actions: 'previousMaterial' },
            { target: 'form', actions: ['clearErrors', 'toLastPage'] },
          ],
        },
      },
      confirm: {
        entry: 'clearReturnToConfirm',
        on: {
          TICK: { actions: 'tick' },
          EDIT: [
            {
              guard: ({ event }) => event.target === 'form',
              target: 'form',
              actions: ['markReturnToConfirm', 'clearSubmitKey', 'toEditedPage'],
            },
            { target: 'photos', actions: ['markReturnToConfirm', 'firstMaterial', 'clearSubmitKey'] },
          ],
          SUBMIT: {
            guard: and(['ticked?', 'formValid?', 'allProofsComplete?']),
            target: 'submitting',
            actions: 'makeSubmitKey',
          },
          BACK: [
            { guard: 'needsProofs?', target: 'photos', actions: 'lastMaterial' },
            { target: 'form', actions: 'toLastPage' },
          ],
        },
      },
      submitting: {
        invoke: {
          id: 'submitCase',
          src: 'submitCase',
          input: ({ context }): SubmitCaseInput => ({
            submission: buildSubmission(context),
            idempotencyKey: context.submitKey ?? newSubmitKey(),
          }),
          onDone: {
            target: 'result',
            actions: assign(({ event }) => ({ submitted: event.output, submitError: null })),
          },
          onError: [
            {
              // Refused field by field: back to the form with each problem next to its field.
              guard: ({ event }) => event.error instanceof SubmitRefused,
              target: 'form',
              actions: assign(({ event }) => ({
                errors: { ...(event.error as SubmitRefused).problems },
                pageIndex: pageOfFirstProblem(definition, (event.error as SubmitRefused).problems) ?? 0,
                returnToConfirm: true,
                submitError: null,
                submitKey: null, // corrected answers are a new submission
              })),
            },
            {
              target: 'confirm',
              actions: assign(({ event }) => ({ submitError: reasonOfError(event.error) })),
            },
          ],
        },
      },
      result: { on: { FINISH: 'finished' } },
      querying: {
        invoke: {
          id: 'queryInsured',
          src: 'queryInsured',
          onDone: {
            target: 'queryResult',
            actions: assign(({ event }) => ({ insured: event.output, queryError: null })),
          },
          onError: {
            target: 'queryResult',
            actions: assign(({ event }) => ({ insured: null, queryError: errorCode(event.error) })),
          },
        },
      },
      queryResult: {
        on: { RETRY: 'querying', FINISH: 'finished', BACK: { target: 'identity', actions: 'forgetPerson' } },
      },
      exited: { type: 'final' },
      finished: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.submitted || context.insured ? 'finished' : 'exited' }),
  });
}

/** What 1101 said, kept for the rules; the one 险种 the person holds becomes the answer (still changeable). */
function withInsurance(context: WizardContext, insurance: InsuranceCheck): Partial<WizardContext> {
  const answers = { ...context.answers };
  if (insurance.state === 'insured' && insurance.insurances.length === 1 && !answers.insutype)
    answers.insutype = insurance.insurances[0]?.insutype ?? '';
  return { insurance, answers };
}

/** Actors reject with an Error whose message is a problem code (e.g. 'unavailable'); anything else is 'internal'. */
function errorCode(error: unknown): string {
  return error instanceof Error && /^[a-z-]+$/.test(error.message) ? error.message : 'internal';
}

export type ServiceMachine = ReturnType<typeof createServiceMachine>;
