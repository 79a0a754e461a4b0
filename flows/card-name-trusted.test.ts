import { describe, expect, it } from 'vitest';
import { adultCard, TEST_CODES, TEST_TODAY, validAnswers } from '../tests/support/sample-people';
import { SERVICE_ITEMS } from './items';
import { prefill } from './prefill';
import { resolveSubmission } from './submission';
import { validateForm } from './validate-form';

/** 叶\uE4A6婷: a name whose middle character the card font draws from a private-use code point. */
const rareNameCard = { ...adultCard, name: '叶\uE4A6婷' };

describe('a name read from the ID card is trusted as read', () => {
  const def = SERVICE_ITEMS.enroll;
  const today = new Date(TEST_TODAY);

  it('passes the kiosk’s name rule on the card’s word, in the wizard and on the Node side', () => {
    const { answers, locked } = prefill(def, rareNameCard, 'self', TEST_CODES);
    expect(answers.psn_name).toBe('叶\uE4A6婷');
    const all = { ...validAnswers(def, 'self'), ...answers };
    expect(validateForm(def, all, 'self', today, { codes: TEST_CODES }).psn_name).toBe('name.characters');
    const inWizard = validateForm(def, all, 'self', today, { codes: TEST_CODES, fromCard: locked });
    expect(inWizard.psn_name).toBeUndefined();

    const s = { itemId: def.id, actingFor: 'self' as const, answers: all, pages: [], usedPromise: false };
    const resolved = resolveSubmission(def, s, rareNameCard, TEST_CODES);
    expect(resolved.fromCard).toContain('psn_name');
    expect(resolved.data.psn_name).toBe('叶\uE4A6婷');
    const problems = validateForm(def, resolved.data, 'self', today, {
      codes: TEST_CODES,
      fromCard: resolved.fromCard,
    });
    expect(problems.psn_name).toBeUndefined();
  });

  it('still refuses the same characters typed by hand', () => {
    const typed = { ...validAnswers(def, 'other'), psn_name: '叶\uE4A6婷' };
    const problems = validateForm(def, typed, 'other', today, { codes: TEST_CODES });
    expect(problems.psn_name).toBe('name.characters');
  });
});
