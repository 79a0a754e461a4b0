import type { Page } from '@playwright/test';
import { control } from './kiosk-control';
import { expect, test } from './kiosk-test';
import {
  confirmAndSubmit,
  expectProvinceAccepted,
  identify,
  next,
  photograph,
  pickDate,
  pickRegion,
  provinceCaseFor,
  shot,
  signPromise,
  startItem,
  tap,
  today,
  tomorrow,
  copyInto,
  typeInto,
  typeLatin,
  typePinyin,
} from './wizard-helpers';

test.setTimeout(180_000);

type Filing = {
  item: string;
  /** Photographs per material, or the 个人承诺书 instead. */
  proof: number[] | 'promise';
  extra?: (page: Page) => Promise<void>;
};

/** Who files, by card and by 电子凭证. A 长期居住/常驻工作 备案 in force blocks another within a year, so those
 * two items use four different people. */
type Journey = Filing & { identity: 'card' | 'qr'; person: string; insutype: string; promiseName: string };

const referralExtra = async (page: Page) => {
  await typePinyin(page, 'reflin_medins_name', [
    ['renmin', '人民'],
    ['yiyuan', '医院'],
  ]);
  await typePinyin(page, 'refl_rea', [['zhiliao', '治疗']]);
};
const emergencyExtra = async (page: Page) => {
  const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await pickDate(page, 'enddate', end);
};

const RESIDENT = { person: 'resident-insured', insutype: '城乡居民医保', promiseName: '陈秀英' };
const EMPLOYEE = { person: 'employee-insured', insutype: '职工医保', promiseName: '李建国' };
const TW = { person: 'tw-resident-insured', insutype: '城乡居民医保', promiseName: '陈美玲' };
const RESIDENT_2 = { person: 'resident-insured-2', insutype: '城乡居民医保', promiseName: '黄丽华' };

const JOURNEYS: Journey[] = [
  { item: 'filing-retiree', proof: [1, 1], identity: 'card', ...RESIDENT },
  { item: 'filing-retiree', proof: 'promise', identity: 'qr', ...TW },
  { item: 'filing-long-term', proof: 'promise', identity: 'card', ...RESIDENT },
  { item: 'filing-long-term', proof: [1], identity: 'qr', ...TW },
  { item: 'filing-work', proof: [2], identity: 'card', ...EMPLOYEE },
  { item: 'filing-work', proof: 'promise', identity: 'qr', ...RESIDENT_2 },
  { item: 'filing-referral', proof: [1], identity: 'card', ...RESIDENT, extra: referralExtra },
  { item: 'filing-referral', proof: 'promise', identity: 'qr', ...EMPLOYEE, extra: referralExtra },
  { item: 'filing-emergency', proof: [1], identity: 'card', ...RESIDENT, extra: emergencyExtra },
  { item: 'filing-emergency', proof: [1], identity: 'qr', ...EMPLOYEE, extra: emergencyExtra },
];

for (const f of JOURNEYS) {
  const proof = f.proof === 'promise' ? '个人承诺书' : 'photos';
  test(`${f.item} by ${f.identity}: 告知书, form, ${proof}, confirm → the province's 已受理/审核通过`, async ({
    kiosk: page,
  }) => {
    const name = `${f.item}-${f.identity}`;
    await startItem(page, f.item);
    await shot(page, name, '1-identity');
    await identify(page, f.identity, f.person);
    await next(page); // the 告知书 must be ticked first
    await expect(page.locator('[data-step="start"]')).toBeVisible();
    await tap(page, page.getByTestId('agree'));
    await expect(page.getByTestId('agree')).toBeChecked();
    await shot(page, name, '2-start');
    await next(page);

    await typeInto(page, 'tel', '13912345678');
    // 1101 right after identity found the one 险种 this person holds: it is already chosen.
    await expect(
      page.locator('[data-field="insutype"] [role="radio"][aria-checked="true"]', { hasText: f.insutype }),
    ).toBeVisible();
    if (f.identity === 'card')
      await copyInto(page, 'insu_addr'); // 与身份证地址相同
    else
      await typePinyin(page, 'insu_addr', [
        ['gaozhou', '高州'],
        ['shi', '市'],
      ]);
    await pickRegion(page, 'mdtrtarea_admdvs', ['湖南省', '长沙市', '岳麓区']);
    await typePinyin(page, 'mdtrt_addr', [
      ['changsha', '长沙'],
      ['shi', '市'],
    ]);
    // 备案开始日期 is today already; the picker still steps a day ahead and back.
    await expect(page.locator('[data-field="begndate"] .date-picker')).toHaveAttribute('data-value', today());
    await pickDate(page, 'begndate', tomorrow());
    await pickDate(page, 'begndate', today());
    // A name in pinyin with a space between the words, on the English layer of the keyboard.
    await typeLatin(page, 'memo', 'ZHANG SAN');
    await expect(page.locator('[data-field="memo"] input')).toHaveValue('ZHANG SAN');
    await f.extra?.(page);
    await shot(page, name, '3-form');
    await next(page);

    await expect(page.locator('[data-step="photos"]')).toBeVisible();
    if (f.proof === 'promise') {
      await signPromise(page);
      await expect(page.getByTestId('promise-text')).toContainText(f.promiseName);
      await shot(page, name, '4-promise');
      await next(page);
    } else {
      for (const [i, pages] of f.proof.entries()) {
        for (let p = 0; p < pages; p++) await photograph(page);
        if (i === 0) await shot(page, name, '4-photos');
        await next(page);
      }
    }
    await shot(page, name, '5-confirm');
    await confirmAndSubmit(page);
    await expectProvinceAccepted(page);
    await shot(page, name, '6-result');
    // What the province received: the space between the words kept, and the 参保地 in the envelope's place.
    const held = await provinceCaseFor(page);
    expect(held.memo).toBe('ZHANG SAN');
    expect(held.promise_flag).toBe(f.proof === 'promise' ? '1' : '0');
  });
}

test('a resident who is not insured is told at once, before any typing, and what to do', async ({
  kiosk: page,
}) => {
  await startItem(page, 'filing-long-term');
  await control('sim.presentCard', { cardId: 'province:suspended' });
  await expect(page.getByTestId('identity-problem')).toContainText('没有查到您正常参保的记录', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('identity-problem')).toContainText('先到参保地医保经办机构');
  await expect(page.locator('[data-step="identity"]')).toBeVisible();
  await control('sim.removeCard', {});
  await shot(page, 'filing-long-term', 'not-insured');
});
