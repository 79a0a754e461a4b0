import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { SERVICE_ITEMS } from './items';
import { formPages } from './form-pages';
import { visibleFields } from './prefill';
import { createServiceMachine } from './service-machine';
import { idCheckDigit } from '../domain/id-number';
import { adultCard, TEST_CODES, TEST_TODAY, validAnswers } from '../tests/support/sample-people';

const enroll = SERVICE_ITEMS.enroll;
const settle = () => new Promise((r) => setTimeout(r, 0));

function startEnroll() {
  const machine = createServiceMachine(enroll).provide({
    actors: { submitCase: fromPromise(async () => ({ caseId: 'c', acceptNo: 'n', createdAt: TEST_TODAY })) },
  });
  return createActor(machine, {
    input: { startedAt: TEST_TODAY, codes: TEST_CODES, kioskCounty: '440106' },
  }).start();
}

const pageId = (a: ReturnType<typeof startEnroll>) =>
  formPages(enroll)[a.getSnapshot().context.pageIndex]?.id;

describe('the enrollment form in short pages', () => {
  it('puts every field of every item on exactly one page', () => {
    for (const def of Object.values(SERVICE_ITEMS)) {
      const onPages = formPages(def).flatMap((p) => p.fields);
      expect(new Set(onPages).size).toBe(onPages.length);
      for (const actingFor of ['self', 'other'] as const)
        for (const f of visibleFields(def, actingFor)) expect(onPages).toContain(f.name);
    }
  });

  it('passes over the page the card filled, steps through the rest, and keeps every answer going back', async () => {
    const a = startEnroll();
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('form');
    expect(pageId(a)).toBe('address'); // 'who' is all read from the card
    a.send({ type: 'NEXT' }); // 通讯地址 and 联系电话 still empty: only this page's problems
    expect(Object.keys(a.getSnapshot().context.errors).sort()).toEqual(['addr', 'tel']);
    expect(pageId(a)).toBe('address');
    a.send({ type: 'SET_FIELDS', values: { addr: '广州市天河区体育西路1号', tel: '13800138000' } });
    a.send({ type: 'NEXT' });
    expect(pageId(a)).toBe('status');
    expect(a.getSnapshot().context.errors).toEqual({});
    a.send({ type: 'SET_FIELDS', values: { psn_idet_type: '14', subs_type: '0' } });
    a.send({ type: 'NEXT' });
    expect(pageId(a)).toBe('bank');
    a.send({ type: 'BACK' });
    a.send({ type: 'BACK' });
    expect(pageId(a)).toBe('address');
    a.send({ type: 'BACK' });
    expect(a.getSnapshot().value).toBe('start');
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('photos');
    expect(a.getSnapshot().context.answers).toMatchObject({ tel: '13800138000', psn_idet_type: '14' });
  });

  it('修改 of one answer opens its page and 下一步 returns to 确认提交 with every answer kept', async () => {
    const a = startEnroll();
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'NEXT' });
    const answers: Record<string, string> = { ...validAnswers(enroll, 'self'), psn_idet_type: '14' };
    a.send({ type: 'SET_FIELDS', values: answers });
    for (let i = 0; i < 4 && a.getSnapshot().value === 'form'; i++) a.send({ type: 'NEXT' });
    a.send({
      type: 'ADD_PAGE',
      materialId: 'identity-doc',
      page: { photoId: 'p', sha256: 's', thumbnail: '' },
    });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm');
    a.send({ type: 'EDIT', target: 'form', field: 'bank_acct' });
    expect(pageId(a)).toBe('bank');
    expect(a.getSnapshot().context.focusField).toBe('bank_acct');
    a.send({ type: 'SET_FIELD', name: 'bank_acct', value: '6222020200112233446' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm');
    expect(a.getSnapshot().context.focusField).toBeNull(); // back on 确认提交: nothing left to focus
    expect(a.getSnapshot().context.answers).toMatchObject({
      tel: answers.tel,
      bank_acct: '6222020200112233446',
    });
    // 修改 of an answer on an earlier page opens that page (not the first), and 上一步 from it keeps everything.
    a.send({ type: 'EDIT', target: 'form', field: 'tel' });
    expect(pageId(a)).toBe('address');
    expect(a.getSnapshot().context.focusField).toBe('tel');
    a.send({ type: 'BACK' });
    expect(a.getSnapshot().context.answers).toMatchObject({
      tel: answers.tel,
      bank_acct: '6222020200112233446',
    });
    // The panel's own 修改 (no answer named) opens the first page that asks, with no field to focus.
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().value).toBe('confirm');
    a.send({ type: 'EDIT', target: 'form' });
    expect(a.getSnapshot().context.focusField).toBeNull();
  });

  it('a rule across pages (the card’s birth date against the status chosen here) shows on the page that asks', async () => {
    const a = startEnroll();
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_FIELDS', values: { ...validAnswers(enroll, 'self'), psn_idet_type: '11' } });
    a.send({ type: 'NEXT' }); // address → status
    a.send({ type: 'NEXT' }); // status: 学龄前儿童 for a man born in 1960 is a rule problem on this page
    expect(pageId(a)).toBe('status');
    expect(a.getSnapshot().context.errors).toHaveProperty('psn_idet_type');
  });

  it('为他人办理: typing the other person’s ID number fills their 户口所在地, as the card does for oneself', async () => {
    const a = startEnroll();
    a.send({ type: 'SET_ACTING_FOR', actingFor: 'other' });
    a.send({ type: 'IDENTIFIED', person: adultCard });
    await settle();
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().context.answers).not.toHaveProperty('hsreg_admdvs');
    const body = '44098120150601123';
    a.send({ type: 'SET_FIELD', name: 'certno', value: `${body}${idCheckDigit(body)}` });
    expect(a.getSnapshot().context.answers.hsreg_admdvs).toBe('440981');
  });
});
