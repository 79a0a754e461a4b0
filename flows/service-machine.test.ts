import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { SERVICE_ITEM_IDS } from './catalog';
import { SERVICE_ITEMS } from './items';
import { createServiceMachine, PROOF_ERROR_KEY } from './service-machine';
import {
  adultCard,
  expiredCard,
  hkPermitCard,
  TEST_CODES,
  TEST_TODAY,
  validAnswers,
} from '../tests/support/sample-people';
import { insuredAdmdvsFor, type InsuranceCheck } from './identity';
import { resolveSubmission } from './submission';
import { SubmitRefused } from './submit-refused';
import type { ServiceItemDefinition } from './definition';
import type {
  CaseSubmission,
  InsuredStatus,
  SubmitCaseInput,
  SubmittedCase,
  WizardEvent,
} from './wizard-types';
import { walkToConfirm } from '../tests/support/walk-wizard';
import { validateForm } from './validate-form';

const page = (id: string) => ({ photoId: id, sha256: `sha-${id}`, thumbnail: 'data:image/jpeg;base64,' });
const submitted = { caseId: 'c1', acceptNo: '4401062611220001', createdAt: TEST_TODAY };
const insured: InsuredStatus = { found: true, name: '陈建国', insurances: [] };
const insuredHere: InsuranceCheck = { state: 'insured', insurances: [{ insutype: '390', admdvs: '440106' }] };
const input = { startedAt: TEST_TODAY, codes: TEST_CODES };

function machineFor(
  def: ServiceItemDefinition,
  submissions: CaseSubmission[] = [],
  insurance: InsuranceCheck = insuredHere,
) {
  return createServiceMachine(def).provide({
    actors: {
      checkInsurance: fromPromise(async () => insurance),
      submitCase: fromPromise(async ({ input }: { input: SubmitCaseInput }) => {
        submissions.push(input.submission);
        return submitted;
      }),
      queryInsured: fromPromise(async () => insured),
    },
  });
}

function start(def: ServiceItemDefinition, submissions?: CaseSubmission[], insurance?: InsuranceCheck) {
  return createActor(machineFor(def, submissions, insurance), { input }).start();
}

/** Lets the invoked actors (provided as resolved promises) settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The events a resident (and the devices) can send, offered at every state of the traversal. */
function residentEvents(
  def: ServiceItemDefinition,
  snapshot: SnapshotFrom<ReturnType<typeof createServiceMachine>>,
) {
  const ctx = snapshot.context;
  const material = def.materials[ctx.materialIndex];
  const events: WizardEvent[] = [
    { type: 'IDENTIFIED', person: adultCard },
    { type: 'IDENTIFIED', person: expiredCard },
    { type: 'IDENTITY_FAILED', code: 'reader-missing' },
    { type: 'SET_ACTING_FOR', actingFor: ctx.actingFor === 'self' ? 'other' : 'self' },
    { type: 'AGREE', agreed: true },
    { type: 'SET_FIELDS', values: validAnswers(def, ctx.actingFor) },
    { type: 'SET_FIELDS', values: { tel: '123' } },
    { type: 'CHOOSE_PROOF', mode: ctx.proofMode === 'photos' ? 'promise' : 'photos' },
    { type: 'SIGN_PROMISE', page: page('promise') },
    { type: 'TICK', ticked: true },
    { type: 'EDIT', target: 'form' },
    { type: 'SUBMIT' },
    { type: 'NEXT' },
    { type: 'BACK' },
    { type: 'FINISH' },
    { type: 'RETRY' },
  ];
  if (material) events.push({ type: 'ADD_PAGE', materialId: material.id, page: page(`${material.id}-1`) });
  // The invoked actors' completions, so the pure traversal can walk past them.
  events.push({ type: 'xstate.done.actor.submitCase', output: submitted } as never);
  events.push({ type: 'xstate.done.actor.queryInsured', output: insured } as never);
  events.push({ type: 'xstate.done.actor.checkInsurance', output: insuredHere } as never);
  return events;
}

/** Graph states are told apart by step and by every context fact a guard reads. */
function serialize(def: ServiceItemDefinition) {
  return (s: SnapshotFrom<ReturnType<typeof createServiceMachine>>) => {
    const c = s.context;
    return JSON.stringify([
      s.value,
      c.person !== null,
      c.actingFor,
      c.noticeAgreed,
      Object.keys(
        validateForm(def, c.answers, c.actingFor, new Date(c.startedAt), {
          codes: c.codes,
          insuredAdmdvs: insuredAdmdvsFor(c.insurance, c.actingFor, c.answers.insutype),
        }),
      ).length === 0,
      c.insurance?.state ?? null,
      c.proofMode,
      c.materialIndex,
      c.pageIndex,
      def.materials.map((m) => (c.pages[m.id]?.length ?? 0) >= m.minPages),
      c.promisePage !== null,
      c.confirmTicked,
      c.returnToConfirm,
    ]);
  };
}

const EXPECTED_STATES = {
  query: ['identity', 'querying', 'queryResult', 'finished', 'exited'],
  enroll: ['identity', 'start', 'form', 'photos', 'confirm', 'submitting', 'result', 'finished', 'exited'],
  filing: [
    'identity',
    'checkingInsurance',
    'start',
    'form',
    'photos',
    'confirm',
    'submitting',
    'result',
    'finished',
    'exited',
  ],
};

describe.each(SERVICE_ITEM_IDS)('%s wizard: paths generated from the graph', (id) => {
  const def = SERVICE_ITEMS[id];
  const machine = machineFor(def);
  const paths = getShortestPaths(machine, {
    events: (s) => residentEvents(def, s),
    serializeState: serialize(def),
    input,
    limit: 100_000,
  });
  const reached = new Set(paths.map((p) => p.state.value as string));

  it('reaches exactly the steps of its kind', () => {
    expect([...reached].sort()).toEqual([...EXPECTED_STATES[def.kind]].sort());
  });

  it('replays every shortest path to a final step on a live actor, with real actors at the edge', async () => {
    const finalPaths = paths.filter((p) =>
      ['result', 'queryResult', 'finished'].includes(p.state.value as string),
    );
    expect(finalPaths.length).toBeGreaterThan(0);
    for (const path of finalPaths) {
      const submissions: CaseSubmission[] = [];
      const actor = start(def, submissions);
      for (const step of path.steps) {
        if (step.event.type.startsWith('xstate.')) {
          await new Promise((r) => setTimeout(r, 0)); // the provided actor resolves instead
          continue;
        }
        actor.send(step.event);
      }
      await new Promise((r) => setTimeout(r, 0));
      expect(actor.getSnapshot().value).toBe(path.state.value);
      if (def.infno && path.state.value !== 'queryResult') expect(submissions).toHaveLength(1);
    }
  });
});

describe('guards', () => {
  const filing = SERVICE_ITEMS['filing-referral'];

  it('refuses an expired card at identity and stays there with the reason', () => {
    const a = start(filing);
    a.send({ type: 'IDENTIFIED', person: expiredCard });
    expect(a.getSnapshot().value).toBe('identity');
    expect(a.getSnapshot().context.identityProblem).toBe('expired');
  });

  it('refuses a card type the item does not accept', () => {
    const residentsOnly: ServiceItemDefinition = { ...filing, acceptedIdKinds: ['resident'] };
    const a = start(residentsOnly);
    a.send({ type: 'IDENTIFIED', person: hkPermitCard });
    expect(a.getSnapshot().context.identityProblem).toBe('wrongCardType');
    a.send({ type: 'IDENTIFIED', person: adultCard });
    expect(a.getSnapshot().value).toBe('checkingInsurance');
  });

  it('keeps a device failure on screen until a card is read', () => {
    const a = start(filing);
    a.send({ type: 'IDENTITY_FAILED', code: 'reader-missing' });
    expect(a.getSnapshot().context.identityProblem).toBe('reader-missing');
    a.send({ type: 'IDENTITY_DEVICE_OK', device: 'idcard' });
    expect(a.getSnapshot().context.identityProblem).toBeNull(); // the reader is back: the message goes
    a.send({ type: 'IDENTITY_FAILED', code: 'unreadable' });
    a.send({ type: 'IDENTITY_DEVICE_OK', device: 'idcard' });
    expect(a.getSnapshot().context.identityProblem).toBe('unreadable'); // a card problem is not the reader's
    a.send({ type: 'IDENTIFIED', person: adultCard });
    expect(a.getSnapshot().context.identityProblem).toBeNull();
  });

  it('does not pass 开始办理 of a 备案 item before the 告知书 is ticked', async () => {
    const a = start(filing);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('start');
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('form');
  });

  it('prefills and locks the card holder’s fields; acting for another fills the 代办人 instead', async () => {
    const a = start(filing);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    expect(a.getSnapshot().context.answers).toMatchObject({ psn_name: '陈建国', certno: adultCard.idNumber });
    a.send({ type: 'SET_ACTING_FOR', actingFor: 'other' });
    const ctx = a.getSnapshot().context;
    expect(ctx.answers).toEqual({
      agnter_name: '陈建国',
      agnter_cert_type: '01',
      agnter_certno: adultCard.idNumber,
      begndate: '2026-11-22', // 备案开始日期 defaults to today (a known answer, not the card's)
    });
    expect(ctx.locked).toContain('agnter_certno');
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELD', name: 'agnter_certno', value: '11010519491231002X' });
    expect(a.getSnapshot().context.answers.agnter_certno).toBe(adultCard.idNumber);
  });

  it('shows every form problem at once and ignores fields the item does not have', async () => {
    const a = start(filing);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELDS', values: { tel: '12345', begndate: '2020-01-01', hacker: '<script>' } });
    a.send({ type: 'NEXT' });
    const { value, context } = a.getSnapshot();
    expect(value).toBe('form');
    expect(context.errors).toMatchObject({
      tel: 'phone.length',
      begndate: 'rule.beginTooOld',
      insu_addr: 'required',
      mdtrtarea_admdvs: 'required',
      reflin_medins_name: 'required',
      refl_rea: 'required',
    });
    expect(context.answers).not.toHaveProperty('hacker');
    expect(context.answers.insutype).toBe('390'); // the one 险种 1101 found is the answer
  });

  it('walks materials one by one, needs a page for each, and a signed 承诺书 replaces them all', async () => {
    const retiree = SERVICE_ITEMS['filing-retiree'];
    const a = start(retiree);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELDS', values: validAnswers(retiree, 'self') });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('photos');
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().context.errors).toEqual({ [PROOF_ERROR_KEY]: 'proof.missing' });
    a.send({ type: 'ADD_PAGE', materialId: 'hukou-front', page: page('p1') });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().context.materialIndex).toBe(1);
    a.send({ type: 'BACK' });
    expect(a.getSnapshot().context.materialIndex).toBe(0);
    a.send({ type: 'CHOOSE_PROOF', mode: 'promise' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('photos');
    a.send({ type: 'SIGN_PROMISE', page: page('sig') });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm');
  });

  it('submits only when ticked, sends the contract fields and the pages, and returns from an edit to confirm', async () => {
    const def = SERVICE_ITEMS['filing-emergency'];
    const submissions: CaseSubmission[] = [];
    const a = start(def, submissions);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELDS', values: validAnswers(def, 'self') });
    a.send({ type: 'NEXT' });
    a.send({ type: 'ADD_PAGE', materialId: 'emergency-proof', page: page('e1') });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SUBMIT' });
    expect(a.getSnapshot().value).toBe('confirm');
    a.send({ type: 'EDIT', target: 'form' });
    a.send({ type: 'SET_FIELD', name: 'tel', value: '139 0000 1111' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm');
    a.send({ type: 'TICK', ticked: true });
    a.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().value).toBe('result');
    const s = submissions[0] as CaseSubmission;
    expect(s).toMatchObject({
      itemId: 'filing-emergency',
      actingFor: 'self',
      usedPromise: false,
      pages: [{ materialId: 'emergency-proof', photoId: 'e1', sha256: 'sha-e1' }],
    });
    expect(s.answers.tel).toBe('139 0000 1111'); // as typed; the message normalises it once
    const resolved = resolveSubmission(def, s, adultCard, TEST_CODES);
    expect(resolved.data).toMatchObject({
      fil_type: '05',
      tel: '13900001111',
      enddate: '2027-01-22',
      promise_flag: '0',
      agnter_name: '',
      psn_cert_type: '01',
      certno: adultCard.idNumber,
    });
    expect(resolved.pages).toEqual([
      { photoId: 'e1', sha256: 'sha-e1', materialId: 'emergency-proof', matlType: 'ZZ0206' },
    ]);
    expect(resolved.missing).toEqual([]);
  });

  it('tells a resident who is not insured at once, before any typing, and lets them file for someone else', async () => {
    const a = start(SERVICE_ITEMS['filing-work'], [], { state: 'not-insured' });
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    expect(a.getSnapshot().value).toBe('identity');
    expect(a.getSnapshot().context.identityProblem).toBe('notInsured');
    const b = start(SERVICE_ITEMS['filing-work'], [], { state: 'not-insured' });
    b.send({ type: 'SET_ACTING_FOR', actingFor: 'other' });
    b.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    expect(b.getSnapshot().value).toBe('start'); // the 代办人 need not be insured
    b.send({ type: 'SET_ACTING_FOR', actingFor: 'self' });
    b.send({ type: 'AGREE', agreed: true });
    b.send({ type: 'NEXT' });
    expect(b.getSnapshot().value).toBe('identity');
    expect(b.getSnapshot().context.identityProblem).toBe('notInsured');
  });

  it('goes on when the province cannot be asked, and then checks nothing it does not know', async () => {
    const def = SERVICE_ITEMS['filing-long-term'];
    const a = start(def, [], { state: 'unknown' });
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    expect(a.getSnapshot().value).toBe('start');
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELDS', values: { ...validAnswers(def, 'self'), mdtrtarea_admdvs: '440104' } });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('photos'); // 参保地 unknown: the same-city rule waits for 1101
  });

  it('refuses a 转往就医地 in the 参保地’s own city, next to the field', async () => {
    const def = SERVICE_ITEMS['filing-long-term'];
    const a = start(def);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'AGREE', agreed: true });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELDS', values: { ...validAnswers(def, 'self'), mdtrtarea_admdvs: '440104' } });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().context.errors).toEqual({ mdtrtarea_admdvs: 'rule.sameCityAsInsured' });
  });

  it('keeps free text exactly as typed while typing, inner spaces included', async () => {
    const def = SERVICE_ITEMS['enroll'];
    const a = start(def);
    a.send({ type: 'IDENTIFIED', person: adultCard });
    a.send({ type: 'NEXT' });
    for (const value of ['Z', 'ZH', 'ZHANG', 'ZHANG ', 'ZHANG S', 'ZHANG SAN'])
      a.send({ type: 'SET_FIELD', name: 'bank_acct_name', value });
    expect(a.getSnapshot().context.answers.bank_acct_name).toBe('ZHANG SAN');
  });

  it('goes back to the form with each problem when the Node side refuses field by field', async () => {
    const def = SERVICE_ITEMS['filing-work'];
    const refusing = createServiceMachine(def).provide({
      actors: {
        checkInsurance: fromPromise<InsuranceCheck, void>(async () => ({ state: 'unknown' })),
        submitCase: fromPromise<SubmittedCase, SubmitCaseInput>(async () => {
          throw new SubmitRefused({ mdtrtarea_admdvs: 'rule.sameCityAsInsured' });
        }),
      },
    });
    const a = createActor(refusing, { input }).start();
    await walkToConfirm(a);
    a.send({ type: 'SUBMIT' });
    await settle();
    expect(a.getSnapshot().value).toBe('form');
    expect(a.getSnapshot().context.errors).toEqual({ mdtrtarea_admdvs: 'rule.sameCityAsInsured' });
    a.send({ type: 'SET_FIELD', name: 'mdtrtarea_admdvs', value: '110105' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm'); // straight back to 确认提交
  });

  it('returns to 确认提交 with the reason when storing the case fails', async () => {
    const def = SERVICE_ITEMS['filing-long-term'];
    const failing = createServiceMachine(def).provide({
      actors: {
        checkInsurance: fromPromise<InsuranceCheck, void>(async () => insuredHere),
        submitCase: fromPromise(async () => Promise.reject(new Error('unavailable'))),
      },
    });
    const a = createActor(failing, { input }).start();
    await walkToConfirm(a);
    a.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().value).toBe('confirm');
    expect(a.getSnapshot().context.submitError).toBe('unavailable');
  });

  it('the query item reads the card, queries, and offers retry when the province is unreachable', async () => {
    const def = SERVICE_ITEMS['insured-query'];
    let calls = 0;
    const flaky = createServiceMachine(def).provide({
      actors: {
        queryInsured: fromPromise(async () => {
          calls += 1;
          if (calls === 1) throw new Error('unavailable');
          return insured;
        }),
      },
    });
    const a = createActor(flaky, { input }).start();
    a.send({ type: 'SET_ACTING_FOR', actingFor: 'other' });
    expect(a.getSnapshot().context.actingFor).toBe('self'); // no 代办 for the query
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().context.queryError).toBe('unavailable');
    a.send({ type: 'RETRY' });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().context.insured).toEqual(insured);
    a.send({ type: 'FINISH' });
    expect(a.getSnapshot().status).toBe('done');
    expect(a.getSnapshot().output).toEqual({ outcome: 'finished' });
  });
});
