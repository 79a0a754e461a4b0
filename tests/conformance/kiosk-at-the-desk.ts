import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { defaultSettings } from '../../config/defaults';
import { loadCodeTables } from '../../config/load-code-tables';
import { TEST_KEY } from '../support/test-cases';
import { decodeIdentityCard } from '../../devices/idcard/text-block-decode';
import { encodeTextBlock } from '../../devices/idcard/text-block-encode';
import { codeOf, type CodeTables } from '../../domain/codes/code-tables';
import type { IdentityPerson } from '../../flows/identity';
import type { CaseSubmission } from '../../flows/wizard-types';
import { cardToPerson } from '../../kiosk/services/card-to-person';
import { CaseService } from '../../kiosk/services/case-service';
import { QueryService } from '../../kiosk/services/query-service';
import { seedPersonCards } from '../../kiosk/demo/seed-cards';
import { SessionIdentities } from '../../kiosk/services/session-identities';
import { SessionRegistry } from '../../kiosk/session-registry';
import { PhotoVault } from '../../media/photo-vault';
import { makeQrText } from '../../province-sim/qr-code';
import { seedPerson } from '../../province-sim/persons';
import type { SimulatorOptions } from '../../province-sim/sim-settings';
import { startHarness, TEST_SERVICE_POINT, type Harness } from '../support/contract-harness';
import { queryInsuredStatus } from '../../sync/resident-lookups';
import { openKiosk, type KioskUnderTest } from '../support/worker-harness';

/**
 * The kiosk's Node side as a resident meets it — identity bound to the session (card or EC01), 1101 right
 * after, CaseService building and checking the province's message, the real outbox and sync worker — against a
 * provincial simulator that reads the contract on its own. No part of the message is written by the test.
 */
export type Desk = Readonly<{
  h: Harness;
  k: KioskUnderTest;
  codes: CodeTables;
  identities: SessionIdentities;
  cases: CaseService;
  identifyByCard(sessionId: string, seedKey: string): IdentityPerson;
  identifyByQr(sessionId: string, seedKey: string): Promise<IdentityPerson>;
  photograph(sessionId: string, materialId: string, count: number): Promise<CaseSubmission['pages']>;
  /** 提交, as the wizard sends it (a fresh idempotency key). */
  submit(sessionId: string, submission: CaseSubmission): ReturnType<CaseService['submit']>;
  /** Drains until the case settles at the province or is parked; returns its final view. */
  deliver(caseId: string): Promise<ReturnType<KioskUnderTest['store']['getCase']>>;
  close(): Promise<void>;
}>;

export async function openDesk(
  opts: { codeTables?: string; sim?: Partial<SimulatorOptions> } = {},
): Promise<Desk> {
  const codes = loadCodeTables(opts.codeTables ?? 'contract-default');
  const h = await startHarness(opts.sim);
  const dir = mkdtempSync(join(tmpdir(), 'zizhu-desk-'));
  const vault = new PhotoVault({ dir: join(dir, 'photos'), key: TEST_KEY });
  const k = openKiosk(h, join(dir, 'kiosk.sqlite'), { photos: vault });
  k.clock.t = Date.now();
  const sessions = new SessionRegistry();
  const lookup = (q: Parameters<typeof queryInsuredStatus>[1]) => queryInsuredStatus(k.client, q);
  const identities = new SessionIdentities(sessions, lookup);
  const queries = new QueryService(k.client, sessions, identities, codes);
  const base = defaultSettings(dir);
  const settings = {
    ...base,
    terminal: {
      ...base.terminal,
      serviceCode: TEST_SERVICE_POINT.fixmedinsCode,
      countyCode: TEST_SERVICE_POINT.mdtrtareaAdmvs,
    },
  };
  const cases = new CaseService({
    db: k.db,
    key: TEST_KEY,
    settings,
    codes,
    vault,
    sessions,
    identities,
    lookup,
    onCommitted: () => undefined,
  });
  const page = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f4f4f4' } })
    .jpeg()
    .toBuffer();
  return {
    h,
    k,
    codes,
    identities,
    cases,
    identifyByCard(sessionId, seedKey) {
      const fixture = seedPersonCards().find((c) => c.id === `province:${seedKey}`);
      if (!fixture) throw new Error(`no card for ${seedKey}`);
      // The card as the reader delivers it: the SAM text block, encoded and decoded by the real codec.
      const decoded = decodeIdentityCard(encodeTextBlock(fixture.card), fixture.photoWlt);
      if (!decoded.ok) throw new Error(`card ${seedKey} does not decode: ${decoded.problem}`);
      const person = cardToPerson(decoded.card);
      identities.identify(sessionId, person, codeOf(codes, 'cert_type', person.docKind));
      return person;
    },
    async identifyByQr(sessionId, seedKey) {
      const psnNo = seedPerson(seedKey).psnNo;
      if (!psnNo) throw new Error(`${seedKey} has no 电子凭证`);
      return queries.resolveQr(sessionId, makeQrText(psnNo, h.sim.control.now()));
    },
    submit: (sessionId, submission) => cases.submit(sessionId, submission, randomUUID()),
    async photograph(sessionId, materialId, count) {
      const pages = [];
      for (let i = 0; i < count; i++) {
        const stored = await vault.put(page, { sessionId });
        pages.push({ materialId, photoId: stored.id, sha256: stored.sha256 });
      }
      return pages;
    },
    async deliver(caseId) {
      for (let i = 0; i < 6; i++) {
        await k.worker.drainOnce();
        const view = k.store.getCase(caseId);
        if (view && view.status !== 'queued' && view.status !== 'uploading' && view.status !== 'submitted')
          return view;
        k.clock.t += 120_000;
      }
      return k.store.getCase(caseId);
    },
    async close() {
      k.close();
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
