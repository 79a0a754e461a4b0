import { control } from './kiosk-control';
import { expect, test } from './kiosk-test';
import { presentCard, shot, startItem } from './wizard-helpers';

test('insured-status query: card → 1101 → status in plain words, printed', async ({ kiosk: page }) => {
  await startItem(page, 'insured-query');
  await expect(page.getByTestId('acting-other')).toHaveCount(0); // no 代办 for the query
  await shot(page, 'insured-query', '1-identity');
  await presentCard(page, 'province:resident-insured', 'queryResult');
  const table = page.getByTestId('query-table');
  await expect(table).toContainText('城乡居民医保');
  await expect(table).toContainText('正常参保');
  await expect(table).toContainText('高州市');
  await shot(page, 'insured-query', '2-result');
  await page.getByTestId('print').click();
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed');
  const { receipts } = await control('sim.receipts', {});
  expect(receipts.at(-1)?.lines.join('\n')).toContain('参保信息查询结果');
  expect(receipts.at(-1)?.lines.join('\n')).toContain('正常参保');
});

test('insured-status query: a person the province does not know gets a plain message', async ({
  kiosk: page,
}) => {
  await startItem(page, 'insured-query');
  // A card the simulated province has never seen (the enrollment journeys make their people insured).
  await presentCard(page, 'resident', 'queryResult');
  await expect(page.getByTestId('query-not-found')).toContainText('没有查到您的参保信息');
});

test('an expired ID card is refused at 身份认证 with the reason', async ({ kiosk: page }) => {
  await startItem(page, 'filing-work');
  await control('sim.presentCard', { cardId: 'resident-expired' });
  await expect(page.getByTestId('identity-problem')).toContainText('已过有效期');
  await control('sim.removeCard', {});
  await shot(page, 'identity', 'expired-card');
});

test('the 医保电子凭证 QR code instead of the card: HID scanner → EC01 → 1101', async ({ kiosk: page }) => {
  await startItem(page, 'insured-query');
  await control('sim.scanQr', { personId: 'employee-insured' });
  await expect(page.getByTestId('query-table')).toContainText('职工医保');
  await expect(page.getByTestId('identity-banner')).toContainText('李*国');
});

test('paper out: the resident is told, and the receipt can be reprinted once paper is back', async ({
  kiosk: page,
}) => {
  await startItem(page, 'insured-query');
  await presentCard(page, 'province:resident-insured', 'queryResult');
  await control('sim.printer', { paperOut: true });
  try {
    await page.getByTestId('print').click();
    await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'failed');
    await expect(page.getByTestId('print-status')).toContainText('打印机缺纸');
    await shot(page, 'printer', 'paper-out');
  } finally {
    await control('sim.printer', { paperOut: false });
  }
  const before = (await control('sim.receipts', {})).receipts.length;
  await page.getByTestId('print').click();
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-print', 'printed');
  expect((await control('sim.receipts', {})).receipts.length).toBe(before + 1);
});
