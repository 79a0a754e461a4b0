import type { Page } from '@playwright/test';
import { control } from './kiosk-control';
import { expect, openHome, test } from './kiosk-test';
import { codeClipIds } from '../../renderer/voice/speech-plan';
import type { VoiceLanguage } from '../../renderer/voice/voice-languages';
import { expectHeard, osVoiceCount, recordPlayback } from './voice-audio';
import {
  choose,
  confirmAndSubmit,
  next,
  photograph,
  pickRegion,
  presentCard,
  startItem,
  typeInto,
  typePinyin,
} from './wizard-helpers';

/**
 * The kiosk is never silent, whatever voices the OS has: in Chromium with no speechSynthesis voice at all,
 * every step and every error of the journeys is heard from the shipped clips, in 普通话, 粤语 and English —
 * each expected clip is started by Chromium's media pipeline and, decoded, is audible (RMS above silence).
 */
test.setTimeout(240_000);

test.beforeEach(async ({ kiosk }) => {
  await recordPlayback(kiosk);
});

/** Chooses the spoken language on the top bar (the screen stays 简体中文, so the journey's labels are the same). */
async function chooseVoice(page: Page, voice: VoiceLanguage): Promise<void> {
  await page.getByTestId(`voice-lang-${voice}`).click();
  await expect(page.getByTestId(`voice-lang-${voice}`)).toHaveAttribute('aria-pressed', 'true');
}

for (const voice of ['cmn', 'yue', 'en'] as const) {
  test(`${voice}: every step and error of an enrollment is heard, with zero OS voices`, async ({
    kiosk: page,
  }) => {
    await openHome(page);
    expect(await osVoiceCount(page)).toBe(0);
    await chooseVoice(page, voice);
    await expectHeard(page, voice, ['common:home.welcome']);

    await startItem(page, 'enroll');
    await expectHeard(page, voice, ['flow:steps.identity.instruction']);
    await control('sim.presentCard', { cardId: 'resident-expired' });
    await expect(page.getByTestId('identity-problem')).toBeVisible();
    await expectHeard(page, voice, ['flow:identity.problems.expired']);
    await control('sim.removeCard', {});

    await presentCard(page, 'province:unknown-adult');
    await expectHeard(page, voice, ['flow:steps.start.instruction']);
    await next(page);
    await expectHeard(page, voice, ['flow:steps.form.instruction']);
    await next(page); // everything empty: the summary and each field's problem, with the field's name
    await expect(page.getByTestId('form-errors')).toBeVisible();
    await expectHeard(page, voice, ['flow:errors.summary', 'flow:fields.tel', 'flow:errors.required']);

    await pickRegion(page, 'hsreg_admdvs', ['广东省', '茂名市', '高州市']);
    await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);
    await choose(page, 'psn_idet_type', '无业成年人');
    await choose(page, 'subs_type', '无');
    await typePinyin(page, 'addr', [
      ['gaozhou', '高州'],
      ['shi', '市'],
    ]);
    await typeInto(page, 'tel', '1380013');
    await next(page);
    await expect(page.getByTestId('problem-tel')).toBeVisible();
    await expectHeard(page, voice, ['flow:errors.phone.length']);
    await typeInto(page, 'tel', '8000');
    await next(page);

    await expect(page.locator('[data-step="photos"]')).toBeVisible();
    await expectHeard(page, voice, ['flow:steps.photos.instruction']);
    await photograph(page);
    await next(page);
    await expectHeard(page, voice, ['flow:steps.confirm.instruction']);

    const acceptNo = await confirmAndSubmit(page);
    // The 受理编号 digit by digit after its lead-in, then the print status.
    await expectHeard(page, voice, [
      'flow:steps.result.instruction',
      'flow:result.acceptNo',
      ...new Set(codeClipIds(acceptNo.replace(/[^0-9A-Za-z]/g, ''))),
    ]);
    await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed', {
      timeout: 15_000,
    });
    await expectHeard(page, voice, ['flow:result.printed']);
    expect(await osVoiceCount(page)).toBe(0);
  });

  test(`${voice}: query result, printer and reader errors, the idle warning, 承诺书 are heard`, async ({
    kiosk: page,
  }) => {
    await openHome(page);
    await chooseVoice(page, voice);
    await startItem(page, 'insured-query');
    await presentCard(page, 'province:resident-insured', 'queryResult');
    await expectHeard(page, voice, [
      'flow:steps.queryResult.instruction',
      'flow:options.insutype.resident',
      'flow:query.statuses.1',
    ]);
    await control('sim.printer', { paperOut: true });
    try {
      await page.getByTestId('print').click();
      await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'failed');
      await expectHeard(page, voice, ['flow:printer.problems.paper-out']);
    } finally {
      await control('sim.printer', { paperOut: false });
    }

    await page.getByTestId('nav-home').click();
    await startItem(page, 'enroll');
    await control('sim.idcardReader', { plugged: false });
    try {
      await expect(page.getByTestId('identity-problem')).toBeVisible({ timeout: 20_000 });
      await expectHeard(page, voice, ['flow:identity.problems.reader-missing']);
    } finally {
      await control('sim.idcardReader', { plugged: true });
    }
    expect(await osVoiceCount(page)).toBe(0);
  });
}
