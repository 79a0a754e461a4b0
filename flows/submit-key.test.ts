import { createActor, fromPromise } from 'xstate';
import { describe, expect, it } from 'vitest';
import { SERVICE_ITEMS } from './items';
import { createServiceMachine } from './service-machine';
import { TEST_CODES, TEST_TODAY } from '../tests/support/sample-people';
import type { InsuranceCheck } from './identity';
import { walkToConfirm } from '../tests/support/walk-wizard';
import type { SubmitCaseInput } from './wizard-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('case.submit idempotency key', () => {
  it('is made at 提交, kept when the resident taps again after a failure, and dropped by 修改', async () => {
    const def = SERVICE_ITEMS['filing-long-term'];
    const inputs: Array<SubmitCaseInput> = [];
    const machine = createServiceMachine(def).provide({
      actors: {
        checkInsurance: fromPromise<InsuranceCheck, void>(async () => ({ state: 'unknown' })),
        submitCase: fromPromise(async ({ input }: { input: SubmitCaseInput }) => {
          inputs.push(input);
          if (inputs.length === 1) throw new Error('unavailable'); // the answer got lost
          return { caseId: 'c1', acceptNo: '440106-261122-0001', createdAt: TEST_TODAY };
        }),
      },
    });
    const a = createActor(machine, { input: { startedAt: TEST_TODAY, codes: TEST_CODES } }).start();
    await walkToConfirm(a);
    expect(a.getSnapshot().context.submitKey).toBeNull();
    a.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().value).toBe('confirm');
    const key = a.getSnapshot().context.submitKey;
    expect(key).toMatch(UUID);

    a.send({ type: 'EDIT', target: 'form' });
    expect(a.getSnapshot().context.submitKey).toBeNull(); // the submission may change now
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm');
    a.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().value).toBe('result');
    expect(inputs).toHaveLength(2);
    expect(inputs[0]?.idempotencyKey).toBe(key);
    expect(inputs[1]?.idempotencyKey).toMatch(UUID);
    expect(inputs[1]?.idempotencyKey).not.toBe(key);
  });

  it('a second tap after a lost answer sends the same key', async () => {
    const def = SERVICE_ITEMS['filing-long-term'];
    const keys: Array<string> = [];
    const machine = createServiceMachine(def).provide({
      actors: {
        checkInsurance: fromPromise<InsuranceCheck, void>(async () => ({ state: 'unknown' })),
        submitCase: fromPromise(async ({ input }: { input: SubmitCaseInput }) => {
          keys.push(input.idempotencyKey);
          if (keys.length === 1) throw new Error('unavailable');
          return { caseId: 'c1', acceptNo: '440106-261122-0001', createdAt: TEST_TODAY };
        }),
      },
    });
    const a = createActor(machine, { input: { startedAt: TEST_TODAY, codes: TEST_CODES } }).start();
    await walkToConfirm(a);
    a.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    a.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getSnapshot().value).toBe('result');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});
