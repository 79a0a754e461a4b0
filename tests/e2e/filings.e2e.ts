import type { Page } from '@playwright/test';
import { expect, test } from './kiosk-test';
import {
  choose,
  confirmAndSubmit,
  next,
  photograph,
  pickDate,
  pickRegion,
  presentCard,
  shot,
  signPromise,
  startItem,
  today,
  typeInto,
  typePinyin,
} from './wizard-helpers';

test.setTimeout(180_000);

type Filing = {
  item: string;
  /** Photographs per material, or the 个人承诺书 instead. */
  proof: number[] | 'promise';
  /** A 长期居住/常驻工作 备案 in force blocks another within a year, so these two use different people. */
  card?: string;
  insutype?: string;
  extra?: (page: Page) => Promise<void>;
};

const FILINGS: Filing[] = [
  { item: 'filing-retiree', proof: [1, 1] },
  { item: 'filing-long-term', proof: 'promise' },
  { item: 'filing-work', proof: [2], card: 'province:employee-insured', insutype: '职工医保' },
  {
    item: 'filing-referral',
    proof: [1],
    extra: async (page) => {
      await typePinyin(page, 'reflin_medins_name', [
        ['renmin', '人民'],
        ['yiyuan', '医院'],
      ]);
      await typePinyin(page, 'refl_rea', [['zhiliao', '治疗']]);
    },
  },
  {
    item: 'filing-emergency',
    proof: [1],
    extra: async (page) => {
      const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await pickDate(page, 'enddate', end);
    },
  },
];

for (const f of FILINGS) {
  test(`${f.item}: 告知书, form, ${f.proof === 'promise' ? '个人承诺书' : 'photos'}, confirm → 受理编号`, async ({
    kiosk: page,
  }) => {
    await startItem(page, f.item);
    await shot(page, f.item, '1-identity');
    await presentCard(page, f.card ?? 'province:resident-insured');
    await next(page); // the 告知书 must be ticked first
    await expect(page.locator('[data-step="start"]')).toBeVisible();
    await page.getByTestId('agree').check();
    await shot(page, f.item, '2-start');
    await next(page);

    await typeInto(page, 'tel', '13912345678');
    await choose(page, 'insutype', f.insutype ?? '城乡居民医保');
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
    await f.extra?.(page);
    await shot(page, f.item, '3-form');
    await next(page);

    await expect(page.locator('[data-step="photos"]')).toBeVisible();
    if (f.proof === 'promise') {
      await signPromise(page);
      await expect(page.getByTestId('promise-text')).toContainText('陈秀英');
      await expect(page.getByTestId('promise-text')).toContainText('4409**********0427');
    } else {
      for (const [i, pages] of f.proof.entries()) {
        for (let p = 0; p < pages; p++) await photograph(page);
        if (i === 0) await shot(page, f.item, '4-photos');
        await next(page);
      }
    }
    if (f.proof === 'promise') {
      await shot(page, f.item, '4-promise');
      await next(page);
    }
    await shot(page, f.item, '5-confirm');
    await confirmAndSubmit(page);
    await expect(page.getByTestId('delivery-status')).toHaveAttribute(
      'data-status',
      /submitted|accepted|pending-review|approved/,
      { timeout: 30_000 },
    );
    await shot(page, f.item, '6-result');
  });
}
