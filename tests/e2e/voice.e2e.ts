import type { Page } from '@playwright/test';
import { control } from './kiosk-control';
import { expect, openHome, test } from './kiosk-test';
import { codeClipIds } from '../../renderer/voice/speech-plan';
import type { VoiceLanguage } from '../../renderer/voice/voice-languages';
import { clipsOf, expectHeard, osVoiceCount, playedClips, recordPlayback } from './voice-audio';
import {
  confirmAndSubmit,
  expectAboveKeyboard,
  expectFormPage,
  next,
  openField,
  passEnrollStatusAndBank,
  photograph,
  pickDate,
  pickRegion,
  presentCard,
  today,
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

/** Opens an item from the home screen by a tap (startItem reloads the page, which would reset the voice). */
async function openItem(page: Page, itemId: string): Promise<void> {
  await page.locator(`.tile[data-item="${itemId}"]`).click();
  await expect(page.locator('[data-step="identity"]')).toBeVisible();
}

/** Chooses the spoken language on the top bar (the screen stays 简体中文, so the journey's labels are the same). */
async function chooseVoice(page: Page, voice: VoiceLanguage): Promise<void> {
  const button = page.getByTestId('voice-language');
  for (let i = 0; i < 3 && (await button.getAttribute('data-voice')) !== voice; i++) await button.click();
  await expect(button).toHaveAttribute('data-voice', voice);
}

for (const voice of ['cmn', 'yue', 'en'] as const) {
  test(`${voice}: every step and error of an enrollment is heard, with zero OS voices`, async ({
    kiosk: page,
  }) => {
    await openHome(page);
    expect(await osVoiceCount(page)).toBe(0);
    await chooseVoice(page, voice);
    await expectHeard(page, voice, ['common:home.welcome']);

    await openItem(page, 'enroll');
    await expectHeard(page, voice, ['flow:steps.identity.instruction']);

    await presentCard(page, 'province:unknown-adult');
    await expectHeard(page, voice, ['flow:steps.start.instruction']);
    await next(page);
    await expectHeard(page, voice, ['flow:steps.form.instruction']);
    await next(page); // everything empty: the summary and each field's problem, with the field's name
    await expect(page.getByTestId('form-errors')).toBeVisible();
    await expectHeard(page, voice, ['flow:errors.summary_other', 'flow:fields.tel', 'flow:errors.required']);

    await expectFormPage(page, 'address');
    await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);
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
    await passEnrollStatusAndBank(page);

    await expect(page.locator('[data-step="photos"]')).toBeVisible();
    await expectHeard(page, voice, ['flow:steps.photos.instruction']);
    await photograph(page);
    await next(page);
    await expectHeard(page, voice, ['flow:steps.confirm.instruction']);

    const acceptNo = await confirmAndSubmit(page);
    await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed', {
      timeout: 15_000,
    });
    const delivery = await page.getByTestId('delivery-status').getAttribute('data-status');
    // The result screen in one check (its parts are queued in screen order): the 受理编号 digit by digit after
    // its lead-in, the print status, what happens next, and the case's way to the province in plain words.
    await expectHeard(page, voice, [
      'flow:steps.result.instruction',
      'flow:result.acceptNo',
      ...new Set(codeClipIds(acceptNo.replace(/[^0-9A-Za-z]/g, ''))),
      'flow:result.printed',
      'flow:nextSteps.enrollReview',
      'flow:nextSteps.enrollPay',
      'flow:nextSteps.enrollPayChannels',
      'flow:nextSteps.keepReceipt',
      'flow:delivery.title',
      `flow:delivery.statuses.${delivery}`,
    ]);
    // The receipt's status before the long next steps: what the resident must do before walking away first.
    const order = await playedClips(page);
    const first = (id: string) => order.indexOf(clipsOf(voice, id)[0] ?? '');
    expect(first('flow:result.printed')).toBeLessThan(first('flow:nextSteps.enrollReview'));
    expect(await osVoiceCount(page)).toBe(0);
  });

  test(`${voice}: Help as it opens, a rare-character name and a refused key are heard`, async ({
    kiosk: page,
  }) => {
    await openHome(page);
    await chooseVoice(page, voice);
    await openItem(page, 'enroll');
    await page.getByRole('button', { name: '帮助', exact: true }).click();
    await expect(page.getByTestId('help')).toBeVisible();
    await expectHeard(page, voice, [
      'common:help.title',
      'common:help.doTitle',
      'common:help.steps.identity.do',
      'common:help.bringTitle',
      'common:help.steps.identity.bring',
    ]);
    await page.getByTestId('help-close').click();

    // A name the screen cannot draw: the resident hears that the case goes ahead and staff will check it.
    await presentCard(page, 'resident-private-use');
    await expect(page.getByTestId('rare-name')).toBeVisible();
    await expectHeard(page, voice, ['flow:identity.rareName']);

    // Acting for someone else, whose ID number is typed: X before the 18th character is refused, aloud.
    await page.getByTestId('nav-home').click();
    await chooseVoice(page, voice);
    await openItem(page, 'enroll');
    await page.getByTestId('acting-other').click();
    await presentCard(page, 'province:unknown-adult');
    await next(page);
    await expectFormPage(page, 'who');
    await openField(page, 'certno');
    const x = page.getByTestId('keyboard').locator('.osk-key-char', { hasText: /^X$/ });
    await expect(x).toHaveAttribute('aria-disabled', 'true');
    await x.click({ force: true }); // greyed, not disabled: Playwright's own check would refuse the tap
    await expect(page.getByTestId('key-refused')).toBeVisible();
    await expectAboveKeyboard(page, 'certno'); // the message made the keyboard taller: the field moved up
    await expectHeard(page, voice, ['keyboard:refusedXNotLast']);
    expect(await osVoiceCount(page)).toBe(0);
  });

  test(`${voice}: the query result, printer, reader and card errors are heard`, async ({ kiosk: page }) => {
    await openHome(page);
    await chooseVoice(page, voice);
    await openItem(page, 'insured-query');
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
      await expectHeard(page, voice, ['flow:printer.queryProblems.paper-out']);
    } finally {
      await control('sim.printer', { paperOut: false });
    }

    // Every session end gives the next resident the default voice again: this one chooses it anew.
    await page.getByTestId('nav-home').click();
    await chooseVoice(page, voice);
    await openItem(page, 'enroll');
    await control('sim.idcardReader', { plugged: false });
    try {
      await expect(page.getByTestId('identity-problem')).toBeVisible({ timeout: 20_000 });
      await expectHeard(page, voice, ['flow:identity.problems.reader-missing']);
    } finally {
      await control('sim.idcardReader', { plugged: true });
    }

    await page.getByTestId('nav-home').click();
    await chooseVoice(page, voice);
    await openItem(page, 'filing-work');
    await control('sim.presentCard', { cardId: 'resident-expired' });
    await expect(page.getByTestId('identity-problem')).toContainText(/./);
    await expectHeard(page, voice, ['flow:identity.problems.expired']);
    await control('sim.removeCard', {});
    expect(await osVoiceCount(page)).toBe(0);
  });

  test(`${voice}: the 告知书, the 承诺书 (its own text, not the camera's) and the idle warning are heard`, async ({
    kiosk: page,
  }) => {
    await page.clock.install();
    await openHome(page);
    await chooseVoice(page, voice);
    await openItem(page, 'filing-retiree');
    await presentCard(page, 'province:resident-insured');
    await expectHeard(page, voice, ['flow:steps.start.instruction', 'flow:notice.paragraphs.p1']);
    await page.getByTestId('agree').check();
    await next(page);
    await typeInto(page, 'tel', '13912345678');
    await typePinyin(page, 'insu_addr', [
      ['gaozhou', '高州'],
      ['shi', '市'],
    ]);
    await pickRegion(page, 'mdtrtarea_admdvs', ['湖南省', '长沙市', '岳麓区']);
    await typePinyin(page, 'mdtrt_addr', [
      ['changsha', '长沙'],
      ['shi', '市'],
    ]);
    await pickDate(page, 'begndate', today());
    await next(page);
    await expect(page.locator('[data-step="photos"]')).toBeVisible();
    await expectHeard(page, voice, ['flow:steps.photos.instruction']);
    await page.getByTestId('proof-promise').click();
    await expectHeard(page, voice, [
      'flow:steps.promise.instruction',
      'flow:promise.title',
      'flow:promise.body',
    ]);

    await page.clock.runFor(91_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectHeard(page, voice, ['common:idle.warningTitle', 'common:idle.warningBody']);
    expect(await osVoiceCount(page)).toBe(0);
  });
}

test('an English screen speaks English, and 重听 repeats the screen', async ({ kiosk: page }) => {
  await openHome(page);
  await page.locator('.segmented__item[lang="en"]').first().click();
  await expect(page.getByTestId('voice-language')).toHaveAttribute('data-voice', 'en');
  await expectHeard(page, 'en', ['common:home.welcome']);
  await page.getByTestId('voice-repeat').click();
  await expectHeard(page, 'en', ['common:home.welcome']);
  // Muted, 重听 is off too; unmuted, the screen is read again.
  await page.getByTestId('voice-toggle').click();
  await expect(page.getByTestId('voice-repeat')).toBeDisabled();
  await page.getByTestId('voice-toggle').click();
  await expectHeard(page, 'en', ['common:home.welcome']);
});
