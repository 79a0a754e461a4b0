import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceItemId } from '../../flows/catalog';
import { isoDay } from '../../flows/fields/date';
import { SERVICE_ITEMS } from '../../flows/items';
import { PROMISE_MATERIAL_ID } from '../../flows/submission';
import type { CaseSubmission } from '../../flows/wizard-types';
import { seedPerson } from '../../province-sim/persons';
import { openDesk, type Desk } from './kiosk-at-the-desk';

/**
 * Conformance: for each of the seven items, the message the kiosk builds (card, QR, 为他人办理, 个人承诺书,
 * several pages) is accepted by the strict provincial simulator, which reads the contract on its own.
 */
type Scenario = Readonly<{
  itemId: ServiceItemId;
  identity: 'card' | 'qr';
  holder: string;
  /** Acting for another person: the seed person whose details are typed. */
  subject?: string;
  proof: 'photos' | 'promise';
  pages: number;
}>;

const today = () => isoDay(new Date());
const inDays = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));
const FILINGS = [
  'filing-retiree',
  'filing-long-term',
  'filing-work',
  'filing-referral',
  'filing-emergency',
] as const satisfies ReadonlyArray<ServiceItemId>;

const SCENARIOS: Scenario[] = [
  { itemId: 'enroll', identity: 'card', holder: 'unknown-adult', proof: 'photos', pages: 1 },
  { itemId: 'enroll', identity: 'qr', holder: 'terminated', proof: 'photos', pages: 2 },
  {
    itemId: 'enroll',
    identity: 'card',
    holder: 'resident-insured',
    subject: 'unknown-child',
    proof: 'photos',
    pages: 1,
  },
  ...FILINGS.flatMap((itemId): Scenario[] => [
    { itemId, identity: 'card', holder: 'resident-insured', proof: 'photos', pages: 1 },
    { itemId, identity: 'qr', holder: 'tw-resident-insured', proof: 'photos', pages: 2 },
    { itemId, identity: 'card', holder: 'employee-insured', proof: 'promise', pages: 0 },
    {
      itemId,
      identity: 'qr',
      holder: 'employee-insured',
      subject: 'resident-insured',
      proof: 'photos',
      pages: 3,
    },
  ]),
];

/** What the resident types or picks on the form for this scenario (the card fills in the rest). */
function answersFor(desk: Desk, s: Scenario): Record<string, string> {
  const { codes } = desk;
  const t = codes.tables;
  const def = SERVICE_ITEMS[s.itemId];
  const subject = s.subject ? seedPerson(s.subject) : null;
  const typedSubject: Record<string, string> = subject
    ? {
        psn_name: subject.name,
        psn_cert_type: t.cert_type.resident,
        certno: subject.certno,
        agnter_tel: '13900139000',
        agnter_rlts: s.itemId === 'enroll' ? t.agnter_rlts.parent : t.agnter_rlts.child,
      }
    : {};
  if (def.kind === 'enroll') {
    const county = (subject ?? seedPerson(s.holder)).certno.slice(0, 6);
    return {
      ...typedSubject,
      // Typed when no card says them: a child's details, and what a 电子凭证 does not carry (民族, 户口地址).
      ...(subject ? { gend: t.gend.female, brdy: subject.birthDate } : {}),
      ...(subject || s.identity === 'qr' ? { naty: t.naty['01'], hsreg_addr: '高州市人民路1号' } : {}),
      hsreg_admdvs: county,
      insu_admdvs: county,
      psn_idet_type: subject ? t.psn_idet_type.pupil : t.psn_idet_type['unemployed-adult'], // the child is 7
      subs_type: t.subs_type.none,
      addr: '广东省茂名市 高州市人民路1号',
      tel: '13800138000',
      bank_acct_name: 'ZHANG SAN',
      bank_name: t.bank.icbc,
      bank_acct: '6222020200112233445',
    };
  }
  const insured = (subject ?? seedPerson(s.holder)).insurances[0];
  return {
    ...typedSubject,
    tel: '13800138000',
    insutype: insured?.insutype ?? '',
    insu_addr: '广东省茂名市茂南区新坡镇新坡村1号',
    mdtrtarea_admdvs: '110105',
    mdtrt_addr: '北京市朝阳区 某街道1号',
    begndate: today(),
    ...(s.itemId === 'filing-emergency' ? { enddate: inDays(30) } : {}),
    ...(s.itemId === 'filing-referral'
      ? { reflin_medins_name: '北京协和医院', refl_rea: '病情需要 进一步治疗' }
      : {}),
    memo: 'ZHANG SAN 代为 取回执',
  };
}

async function submissionFor(desk: Desk, s: Scenario, sessionId: string): Promise<CaseSubmission> {
  const def = SERVICE_ITEMS[s.itemId];
  const pages =
    s.proof === 'promise'
      ? await desk.photograph(sessionId, PROMISE_MATERIAL_ID, 1)
      : (await Promise.all(def.materials.map((m) => desk.photograph(sessionId, m.id, s.pages)))).flat();
  return {
    itemId: s.itemId,
    actingFor: s.subject ? 'other' : 'self',
    answers: answersFor(desk, s),
    usedPromise: s.proof === 'promise',
    pages,
  };
}

let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('conformance: every item the kiosk submits is accepted by the strict province', () => {
  it.each(SCENARIOS.map((s) => [describeScenario(s), s] as const))('%s', async (_name, s) => {
    desk = await openDesk();
    const sessionId = 'conformance';
    if (s.identity === 'card') desk.identifyByCard(sessionId, s.holder);
    else await desk.identifyByQr(sessionId, s.holder);
    if (SERVICE_ITEMS[s.itemId].kind === 'filing' && !s.subject) {
      // 1101 right after identity, for card and QR alike: the 参保地 is known before any typing.
      const check = await desk.identities.insurance(sessionId);
      expect(check.state).toBe('insured');
    }
    const submission = await submissionFor(desk, s, sessionId);
    const submitted = await desk.submit(sessionId, submission).catch((e: unknown) => {
      throw new Error(`refused by the kiosk: ${JSON.stringify((e as { details?: unknown }).details)}`);
    });
    const view = await desk.deliver(submitted.caseId);
    expect(view, JSON.stringify(view)).toMatchObject({ attentionCode: null });
    expect(['accepted', 'pending-review', 'approved']).toContain(view?.status);
    expect(view?.trtDclaDetlSn).toMatch(/^\d{6}\d{8}\d{10}$/);

    const held = desk.h.sim.control.cases().find((c) => c.trt_dcla_detl_sn === view?.trtDclaDetlSn);
    const data = held?.data as Record<string, unknown>;
    // Free text arrives exactly as typed: inner spaces kept.
    if (s.itemId === 'enroll') expect(data.bank_acct_name).toBe('ZHANG SAN');
    else expect(data.memo).toBe('ZHANG SAN 代为 取回执');
    expect(data.certno).toBe(seedPerson(s.subject ?? s.holder).certno);
  });
});

function describeScenario(s: Scenario): string {
  const who = s.subject ? `for ${s.subject} by ${s.holder}` : s.holder;
  const proof = s.proof === 'promise' ? '个人承诺书' : `${s.pages} page(s) per material`;
  return `${s.itemId}: ${s.identity}, ${who}, ${proof}`;
}
