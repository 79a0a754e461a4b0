import type { Browser, Page } from '@playwright/test';
import type { BenchModule, BenchResult } from './types';
import { ensureRendererBuilt, startBenchKiosk, type BenchKiosk } from './support/bench-kiosk';
import { fakeCameraArgs, freshContext, launchChromium } from './support/chromium';
import { startMinimalReactPage, type MinimalReactPage } from './support/minimal-react-page';
import { armPaint, installPaintProbe, paintTiming } from './support/page-probes';
import { median, percentile } from './support/stats';
import {
  byTestId,
  choose,
  copyInto,
  onStep,
  photograph,
  pickDayAfterToday,
  pickRegion,
  signPromise,
  typePhone,
  typePinyin,
} from './support/wizard-driver';

/**
 * Step-to-step transitions (SPEC "Non-functional targets": p95 within 2× a minimal page's click-to-paint, same
 * run), through real Chromium against the real kiosk (browser host, simulated devices, embedded province).
 * Every transition of every item is timed: the 7 home tiles → 身份认证, 开始办理 → 填写, each form page → the next,
 * the form → 拍照 (or 个人承诺书), one material → the next, 拍照/承诺书 → 确认提交, 确认提交 → 正在提交 (结果 when
 * the commit beats a frame), 结果 → home, and the back legs (上一步 from the form, a later form page, a later
 * material, the photos, 确认提交; 返回首页 from 身份认证). Identity → the next step follows a card, not a click:
 * bench/idcard-read.bench.ts times that one.
 *
 * One sample is click → the next screen's heading painted, in the page's own clock: the click's time in a
 * capture-phase listener on window (before React sees it), the paint's time from the Element Timing API
 * (`elementtiming` on each screen's heading, PerformanceObserver type 'element', renderTime = when the frame
 * showing it was presented). Baseline: the minimal React 19 page swapping its two views, timed the same way;
 * after every kiosk transition one baseline transition runs (which goes first alternates), so machine noise
 * falls on both alike. What happens between measured clicks (typing on the on-screen keyboard, photographing)
 * is the journey's setup and is not timed. The same people file every round, so the embedded province refuses
 * the repeats when they are delivered ("sync parked … refused" on stderr): that happens after 结果, off the path.
 */

const ROUNDS = Number(process.env.BENCH_STEP_ROUNDS ?? 3);
const WARMUP_ROUNDS = 1;
const SETTLE_MS = 150; // a resident's taps are never back to back; lets each screen's effects finish
const TIMEOUT_MS = 20_000;
const PHONE = '13800138000';

/** `then`: a later paint after the same click, recorded on its own (not in the transition figure). */
type Measure = (
  transition: string,
  paints: string,
  click: () => Promise<void>,
  then?: string,
) => Promise<void>;

const tile = (page: Page, item: string) => page.locator(`.tile[data-item="${item}"]`).click();
const next = (page: Page) => byTestId(page, 'nav-next').click();
const back = (page: Page) => byTestId(page, 'nav-back').click();

type Journey = Readonly<{
  item: string;
  run(page: Page, kiosk: BenchKiosk, measure: Measure): Promise<void>;
}>;

async function presentCard(kiosk: BenchKiosk, page: Page, person: string, nextStep: string): Promise<void> {
  const sim = kiosk.sim;
  if (!sim) throw new Error('bench: the kiosk runs no simulators');
  await sim['sim.presentCard']({ cardId: `province:${person}` });
  await onStep(page, nextStep);
  await sim['sim.removeCard']({});
}

/** 身份认证 by card, then 开始办理 (a filing's 告知书 ticked) → 填写, 上一步 back and on again. */
async function openForm(page: Page, kiosk: BenchKiosk, measure: Measure, item: string, person: string) {
  await measure(`${item}: home → 身份认证`, 'step:identity', () => tile(page, item));
  await presentCard(kiosk, page, person, 'start');
  if (item.startsWith('filing-')) await byTestId(page, 'agree').click();
  await measure(`${item}: 开始办理 → 填写`, 'step:form:*', () => next(page));
  await measure(`${item}: 填写 → 上一步 开始办理`, 'step:start', () => back(page));
  await measure(`${item}: 开始办理 → 填写`, 'step:form:*', () => next(page));
}

/**
 * 确认提交 → the next screen → home. The tap's next screen is 正在提交 (its heading and instruction say the
 * application is being saved, a spinner shows it is alive) until the durable commit returns, then 结果 with
 * the 受理编号; whichever paints first ends the transition (a commit faster than a frame skips 正在提交).
 * Click → 结果 painted, i.e. including the durable commit, is recorded beside it (bench/commit times the commit).
 */
async function submitAndFinish(page: Page, measure: Measure, item: string) {
  await byTestId(page, 'confirm-tick').click();
  await measure(
    `${item}: 确认提交 → 正在提交`,
    'step:submitting|step:result',
    () => byTestId(page, 'submit').click(),
    'step:result',
  );
  await measure(`${item}: 结果 → home`, 'home', () => byTestId(page, 'finish').click());
}

const enroll: Journey = {
  item: 'enroll',
  async run(page, kiosk, m) {
    const item = 'enroll';
    await openForm(page, kiosk, m, item, 'unknown-adult'); // the card fills 本人信息: opens on 地址和电话
    await pickRegion(page, 'insu_admdvs', ['广东省', '茂名市', '高州市']);
    await typePinyin(page, 'addr', [['gaozhou', '高州']]);
    await typePhone(page, 'tel', PHONE);
    await m(`${item}: 地址和电话 → 身份和补贴`, 'step:form:*', () => next(page));
    await choose(page, 'psn_idet_type', '无业成年人');
    await choose(page, 'subs_type', '无');
    await m(`${item}: 身份和补贴 → 银行信息`, 'step:form:*', () => next(page));
    await m(`${item}: 银行信息 → 上一步 身份和补贴`, 'step:form:*', () => back(page));
    await m(`${item}: 身份和补贴 → 银行信息`, 'step:form:*', () => next(page));
    await m(`${item}: 填写 → 拍照`, 'step:photos:0', () => next(page));
    await photograph(page);
    await m(`${item}: 拍照 → 确认提交`, 'step:confirm', () => next(page));
    await m(`${item}: 确认提交 → 上一步 拍照`, 'step:photos:0', () => back(page));
    await m(`${item}: 拍照 → 确认提交`, 'step:confirm', () => next(page));
    await submitAndFinish(page, m, item);
  },
};

const insuredQuery: Journey = {
  item: 'insured-query',
  async run(page, kiosk, m) {
    const item = 'insured-query';
    await m(`${item}: home → 身份认证`, 'step:identity', () => tile(page, item));
    await m(`${item}: 身份认证 → 返回首页 home`, 'home', () => byTestId(page, 'nav-home').click());
    await m(`${item}: home → 身份认证`, 'step:identity', () => tile(page, item));
    await presentCard(kiosk, page, 'resident-insured', 'queryResult');
    await m(`${item}: 查询结果 → home`, 'home', () => byTestId(page, 'finish').click());
  },
};

type Filing = Readonly<{
  item: string;
  person: string;
  /** Photographs per material, or the 个人承诺书 instead. */
  proof: ReadonlyArray<number> | 'promise';
  extra?: (page: Page) => Promise<void>;
}>;

function filing(f: Filing): Journey {
  return {
    item: f.item,
    async run(page, kiosk, m) {
      const item = f.item;
      await openForm(page, kiosk, m, item, f.person);
      await typePhone(page, 'tel', PHONE);
      await copyInto(page, 'insu_addr'); // 与身份证地址相同
      await pickRegion(page, 'mdtrtarea_admdvs', ['湖南省', '长沙市', '岳麓区']);
      await copyInto(page, 'mdtrt_addr'); // the chosen region's name
      await f.extra?.(page);
      if (f.proof === 'promise') {
        await m(`${item}: 填写 → 拍照`, 'step:photos:0', () => next(page));
        await signPromise(page);
        await m(`${item}: 承诺书 → 确认提交`, 'step:confirm', () => next(page));
        await m(`${item}: 确认提交 → 上一步 承诺书`, 'step:promise', () => back(page));
        await m(`${item}: 承诺书 → 确认提交`, 'step:confirm', () => next(page));
      } else {
        await m(`${item}: 填写 → 拍照`, 'step:photos:0', () => next(page));
        await m(`${item}: 拍照 → 上一步 填写`, 'step:form:*', () => back(page));
        await m(`${item}: 填写 → 拍照`, 'step:photos:0', () => next(page));
        for (const [i, pages] of f.proof.entries()) {
          for (let p = 0; p < pages; p++) await photograph(page);
          const last = i === f.proof.length - 1;
          if (last) {
            await m(`${item}: 拍照 → 确认提交`, 'step:confirm', () => next(page));
          } else {
            await m(`${item}: 材料 ${i + 1} → 材料 ${i + 2}`, `step:photos:${i + 1}`, () => next(page));
            await m(`${item}: 材料 ${i + 2} → 上一步 材料 ${i + 1}`, `step:photos:${i}`, () => back(page));
            await m(`${item}: 材料 ${i + 1} → 材料 ${i + 2}`, `step:photos:${i + 1}`, () => next(page));
          }
        }
      }
      await submitAndFinish(page, m, item);
    },
  };
}

const JOURNEYS: ReadonlyArray<Journey> = [
  enroll,
  insuredQuery,
  filing({ item: 'filing-retiree', person: 'resident-insured', proof: [1, 1] }),
  filing({ item: 'filing-long-term', person: 'resident-insured', proof: 'promise' }),
  filing({ item: 'filing-work', person: 'employee-insured', proof: [2] }),
  filing({
    item: 'filing-referral',
    person: 'resident-insured',
    proof: [1],
    extra: async (page) => {
      await typePinyin(page, 'reflin_medins_name', [
        ['renmin', '人民'],
        ['yiyuan', '医院'],
      ]);
      await typePinyin(page, 'refl_rea', [['zhiliao', '治疗']]);
    },
  }),
  filing({
    item: 'filing-emergency',
    person: 'resident-insured',
    proof: [1],
    extra: (page) => pickDayAfterToday(page, 'enddate', 3),
  }),
];

async function openPage(browser: Browser, url: string, ready: string, errors: string[]): Promise<Page> {
  const context = await freshContext(browser, { permissions: ['camera'] });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: TIMEOUT_MS });
  await installPaintProbe(page);
  return page;
}

/**
 * One click → paint on a page; the paint must be this click's (after it), else the figure would be a lie.
 * With `then`, also click → that later paint (NaN without `then`).
 */
async function clickToPaint(
  page: Page,
  paints: string,
  click: () => Promise<void>,
  then?: string,
): Promise<{ ms: number; thenMs: number }> {
  await page.waitForTimeout(SETTLE_MS);
  await armPaint(page);
  await click();
  const t = await paintTiming(page, paints, TIMEOUT_MS);
  if (!Number.isFinite(t.clickAt)) throw new Error(`bench: no click recorded before ${paints}`);
  if (!(t.renderTime > t.clickAt)) throw new Error(`bench: ${paints} painted before the click`);
  const later = then === undefined ? null : await paintTiming(page, then, TIMEOUT_MS);
  return { ms: t.renderTime - t.clickAt, thenMs: later ? later.renderTime - t.clickAt : NaN };
}

export default (async (): Promise<BenchResult[]> => {
  await ensureRendererBuilt();
  let kiosk: BenchKiosk | null = null;
  let baseline: MinimalReactPage | null = null;
  let browser: Browser | null = null;
  const startedAt = performance.now();
  try {
    kiosk = await startBenchKiosk({ withHost: true, core: 'child-process' });
    baseline = await startMinimalReactPage();
    browser = await launchChromium(fakeCameraArgs());
    const errors: string[] = [];
    const base = await openPage(browser, baseline.url, '#go', errors);
    const app = await openPage(browser, kiosk.url ?? '', '.tile', errors);

    const kioskSamples = new Map<string, number[]>();
    const baseSamples: number[] = [];
    let baseShowsB = false;
    let baseFirst = false;
    let recording = false;
    const toCommitted: number[] = [];
    const baseLeg = async () => {
      const { ms } = await clickToPaint(base, baseShowsB ? 'a' : 'b', () =>
        base.locator(baseShowsB ? '#back' : '#go').click(),
      );
      baseShowsB = !baseShowsB;
      if (recording) baseSamples.push(ms);
    };
    const measure: Measure = async (transition, paints, click, then) => {
      baseFirst = !baseFirst;
      if (baseFirst) await baseLeg();
      const { ms, thenMs } = await clickToPaint(app, paints, click, then);
      if (!baseFirst) await baseLeg();
      if (!recording) return;
      if (then !== undefined) toCommitted.push(thenMs);
      const list = kioskSamples.get(transition) ?? [];
      list.push(ms);
      kioskSamples.set(transition, list);
    };

    for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
      recording = r >= WARMUP_ROUNDS;
      for (const journey of JOURNEYS) {
        try {
          await journey.run(app, kiosk, measure);
        } catch (error) {
          const shot = `/tmp/step-transition-${journey.item}.png`;
          await app.screenshot({ path: shot }).catch(() => {});
          throw new Error(
            `bench: ${journey.item} (round ${r}): ${(error as Error).message} (screen: ${shot})`,
          );
        }
      }
    }
    if (errors.length > 0) throw new Error(`bench: page errors: ${errors.join('; ')}`);

    const kioskMs = [...kioskSamples.values()].flat();
    const measured = percentile(kioskMs, 95);
    const baseP95 = percentile(baseSamples, 95);
    const ratio = measured / baseP95;
    const slowest = [...kioskSamples.entries()]
      .map(([name, xs]) => ({ name, median: median(xs), max: Math.max(...xs) }))
      .sort((a, b) => b.median - a.median);
    // Not a second figure: what the p95 is made of, without the tap that ends on 正在提交.
    const screenOnly = [...kioskSamples.entries()]
      .filter(([name]) => !name.includes('确认提交 → 正在提交'))
      .flatMap(([, xs]) => xs);
    const perTransition = slowest.map((t) => `${t.name} ${t.median.toFixed(1)}`).join('; ');
    const minutes = ((performance.now() - startedAt) / 60_000).toFixed(1);
    return [
      {
        name: 'step-transition: every transition of every item, click → next screen painted p95 / minimal React page p95',
        unit: 'ms p95',
        measured,
        baseline: baseP95,
        ratio,
        target: '≤ 2',
        pass: ratio <= 2,
        notes:
          `${kioskMs.length} kiosk and ${baseSamples.length} baseline transitions, alternating (${ROUNDS} rounds of all 7 items ` +
          `after ${WARMUP_ROUNDS} warm-up round; ${kioskSamples.size} distinct transitions), click (capture listener) → ` +
          `Element Timing renderTime of the next screen's heading; kiosk median ${median(kioskMs).toFixed(1)} ms, ` +
          `max ${Math.max(...kioskMs).toFixed(1)} ms, p95 without 确认提交 → 正在提交 ${percentile(screenOnly, 95).toFixed(1)} ms; ` +
          `确认提交 → 正在提交 is the tap's next screen (a commit faster than a frame shows 结果 at once); ` +
          `click → 结果 with the 受理编号 painted, after the durable commit: median ${median(toCommitted).toFixed(1)} ms, ` +
          `max ${Math.max(...toCommitted).toFixed(1)} ms (not in the figure); baseline median ${median(baseSamples).toFixed(1)} ms, ` +
          `max ${Math.max(...baseSamples).toFixed(1)} ms; run took ${minutes} min. ` +
          `Per-transition kiosk medians (ms, slowest first): ${perTransition}`,
      },
    ];
  } finally {
    await browser?.close().catch(() => {});
    await baseline?.close();
    await kiosk?.close();
  }
}) satisfies BenchModule;
