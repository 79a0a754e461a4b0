import { mediansOf, MEDIAN_BOX } from '../support/pen-strokes';
import { expect, test } from './kiosk-test';
import {
  confirmAndSubmit,
  expectFormPage,
  expectProvinceAccepted,
  next,
  passEnrollStatusAndBank,
  photograph,
  pickRegion,
  presentCard,
  provinceCaseFor,
  shot,
  startItem,
  typeInto,
} from './wizard-helpers';
import type { Page } from '@playwright/test';

/**
 * 手写 end to end: the address of an enrollment is written with the pointer on the keyboard's handwriting pad
 * (strokes from the hanzi-writer-data medians, drawn with Playwright's mouse as a finger would), recognized by
 * the real Zinnia helper on the Node side, completed with the suggested next character, and the province
 * (the embedded simulator, by its own records) receives that address.
 */
test.setTimeout(180_000);

/** Draws a character on the pad: its medians fitted into the middle of the canvas, stroke by stroke. */
async function writeCharacter(page: Page, char: string): Promise<void> {
  const medians = mediansOf(char);
  if (!medians) throw new Error(`no medians for ${char}`);
  const canvas = page.getByTestId('handwriting-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the handwriting pad is not on screen');
  const side = Math.min(box.width, box.height) * 0.9;
  const left = box.x + (box.width - side) / 2;
  const top = box.y + (box.height - side) / 2;
  const at = ([x, y]: [number, number]): [number, number] => [
    left + (x / MEDIAN_BOX) * side,
    top + (y / MEDIAN_BOX) * side,
  ];
  for (const stroke of medians) {
    const [first, ...rest] = stroke.map(at);
    if (!first) continue;
    await page.mouse.move(first[0], first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(x, y, { steps: 6 });
    await page.mouse.up();
  }
}

async function pickCandidate(page: Page, text: string): Promise<void> {
  await page
    .getByTestId('handwriting-candidates')
    .locator('.osk-candidate', { hasText: new RegExp(`^${text}$`) })
    .first()
    .click();
}

test('enrollment address written by hand reaches the province', async ({ kiosk: page }) => {
  await startItem(page, 'enroll');
  await presentCard(page, 'province:suspended');
  await next(page);

  await expectFormPage(page, 'address');
  // This card's address is in 天河区, so 户口所在地 is not taken from the ID number: chosen here.
  await pickRegion(page, 'hsreg_admdvs', ['广东省', '广州市', '天河区']);
  await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);

  await page.locator('[data-field="addr"] input').click();
  const keyboard = page.getByTestId('keyboard');
  await keyboard.getByTestId('switch-handwriting').click();
  await expect(keyboard.getByTestId('handwriting-pane')).toBeVisible();
  await shot(page, 'handwriting', '1-pad');

  await writeCharacter(page, '人');
  await shot(page, 'handwriting', '2-written');
  await pickCandidate(page, '人');
  // 联想: what usually follows 人 is offered at once, without drawing.
  await pickCandidate(page, '民');
  await writeCharacter(page, '路');
  await pickCandidate(page, '路');
  await expect(page.locator('[data-field="addr"] input')).toHaveValue('人民路');
  await keyboard.locator('.osk-key-done').click();

  await typeInto(page, 'tel', '13800138000');
  await next(page);
  await passEnrollStatusAndBank(page);
  await photograph(page);
  await next(page);
  await expect(page.locator('[data-answer="addr"] dd.answers__value')).toHaveText('人民路');
  await confirmAndSubmit(page);
  await expectProvinceAccepted(page);
  const held = await provinceCaseFor(page);
  expect(Object.values(held)).toContain('人民路');
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the handwriting pad in elder mode at ${viewport.width}×${viewport.height}: on screen, with large candidates`, async ({
    kiosk: page,
  }) => {
    await page.setViewportSize(viewport);
    await startItem(page, 'enroll');
    await page.getByTestId('elder-toggle').click();
    await presentCard(page, 'province:unknown-adult');
    await next(page);
    await page.locator('[data-field="addr"] input').click();
    const keyboard = page.getByTestId('keyboard');
    await expect(keyboard.getByTestId('switch-handwriting')).toBeVisible();
    await page.screenshot({
      path: `artifacts/screenshots/handwriting-key-elder-${viewport.width}x${viewport.height}.png`,
    });
    await keyboard.getByTestId('switch-handwriting').click();
    await writeCharacter(page, '高');
    const candidate = keyboard.getByTestId('handwriting-candidates').locator('.osk-candidate').first();
    await expect(candidate).toBeVisible();
    const pad = await page.getByTestId('handwriting-canvas').boundingBox();
    const button = await candidate.boundingBox();
    expect(pad && pad.y + pad.height <= viewport.height && pad.height >= 200).toBe(true);
    expect(button && button.width >= 60 && button.height >= 60).toBe(true);
    await page.screenshot({
      path: `artifacts/screenshots/handwriting-elder-${viewport.width}x${viewport.height}.png`,
    });
  });
}

test('in 繁體中文 the candidates and what follows are traditional', async ({ kiosk: page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await page.locator('.tile[data-item="enroll"]').click();
  await presentCard(page, 'province:unknown-adult');
  await next(page);
  await page.locator('[data-field="addr"] input').click();
  const keyboard = page.getByTestId('keyboard');
  await keyboard.getByTestId('switch-handwriting').click();
  await writeCharacter(page, '人');
  await pickCandidate(page, '人');
  // 人们 → 人們: the suggestion comes from the simplified word list, converted on the Node side.
  await pickCandidate(page, '們');
  await expect(keyboard.getByTestId('handwriting-value')).toHaveText('人們');
});
