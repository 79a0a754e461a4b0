import { KioskApiError } from '../../api/result';
import type { Settings } from '../../config/settings-schema';
import type { CodeTables } from '../../domain/codes/code-tables';
import { CaseStore } from '../../db/case-store';
import type { CaseStatus } from '../../db/case-types';
import type { Db } from '../../db/sqlite';
import { isServiceItemId } from '../../flows/catalog';
import type { ServiceItemDefinition } from '../../flows/definition';
import { insuredAdmdvsFor, type InsuranceCheck } from '../../flows/identity';
import { SERVICE_ITEMS } from '../../flows/items';
import { resolveSubmission } from '../../flows/submission';
import type { CaseSubmission, SubmittedCase } from '../../flows/wizard-types';
import { validateForm } from '../../flows/validate-form';
import type { PhotoVault } from '../../media/photo-vault';
import type { SessionRegistry } from '../session-registry';
import { faultPoint } from '../fault-point';
import { isDiskFull } from './disk-full';
import type { CaseReceiptFacts } from './print-service';
import { insuranceCheckOf, type SessionIdentities } from './session-identities';
import { parseUtcOffset } from '../../domain/business-date';
import type { InsuredQuery, InsuredLookup } from '../../sync/resident-lookups';

export type CaseServiceDeps = Readonly<{
  db: Db;
  key: Buffer;
  settings: Settings;
  codes: CodeTables;
  vault: PhotoVault;
  sessions: SessionRegistry;
  identities: SessionIdentities;
  /** 1101 for a person other than the card's holder (a 备案 filed for someone else). */
  lookup: (q: InsuredQuery) => Promise<InsuredLookup>;
  onCommitted: () => void;
}>;

/**
 * 确认提交 on the Node side. The renderer is untrusted: the province's message is built here from the item's own
 * definition, the code tables in force and the identity this session read (card or QR), then checked with the
 * same pure rules the wizard used; every page must be a photo of this very session. The case, its pages and
 * its outbox messages are committed in one transaction and the photos leave the session (they belong to the
 * case). The renderer's idempotency key (made when the resident confirms) makes a retried or doubled tap return
 * the case the first one committed, with the same 受理编号, instead of a second case.
 */
export class CaseService {
  readonly store: CaseStore;
  /** What the 回执 needs, for cases submitted in a session still on screen; forgotten when it ends. */
  readonly #receipts = new Map<string, { sessionId: string; facts: CaseReceiptFacts }>();
  readonly #d: CaseServiceDeps;
  readonly #utcOffsetMinutes: number;
  /** Pages of committed cases whose detach is not written yet. */
  readonly #pendingDetach = new Set<string>();
  /** Detaches still writing, per session (its end waits for them). */
  readonly #detaching = new Map<string, Set<Promise<void>>>();

  constructor(deps: CaseServiceDeps) {
    this.#d = deps;
    this.#utcOffsetMinutes = parseUtcOffset(deps.settings.utcOffset);
    this.store = new CaseStore(deps.db, {
      key: deps.key,
      fixmedinsCode: deps.settings.terminal.serviceCode,
      countyCode: deps.settings.terminal.countyCode,
      terminalSlot: deps.settings.terminal.slot,
      tzOffsetMinutes: this.#utcOffsetMinutes,
    });
    deps.sessions.onEnd(async (sessionId) => {
      for (const [caseId, r] of this.#receipts) if (r.sessionId === sessionId) this.#receipts.delete(caseId);
      await this.detached(sessionId);
    });
  }

  /** Resolves once the photo detaches of this session's submits (all sessions' when omitted) are written. */
  async detached(sessionId?: string): Promise<void> {
    const sets = sessionId === undefined ? [...this.#detaching.values()] : [this.#detaching.get(sessionId)];
    await Promise.all(sets.flatMap((set) => [...(set ?? [])]));
  }

  #detachAfterCommit(sessionId: string, caseNo: string, photoIds: ReadonlyArray<string>): void {
    const set = this.#detaching.get(sessionId) ?? new Set<Promise<void>>();
    this.#detaching.set(sessionId, set);
    for (const id of photoIds) this.#pendingDetach.add(id);
    // Started on the next turn of the event loop, after the caller has the 受理编号: even the detach's first
    // synchronous steps (queueing its reads and writes on the thread pool) are not the resident's wait.
    // The bookkeeping above is not deferred: the session's end and a second submit see the pages as taken.
    const done: Promise<void> = nextTurn()
      .then(() =>
        Promise.all(
          photoIds.map((id) =>
            this.#d.vault
              .detach(id)
              .catch((error: unknown) => {
                console.error(`case ${caseNo}: photo ${id} not detached (kept as referenced)`, error);
              })
              .finally(() => this.#pendingDetach.delete(id)),
          ),
        ),
      )
      .then(() => {
        set.delete(done);
        if (set.size === 0 && this.#detaching.get(sessionId) === set) this.#detaching.delete(sessionId);
      });
    set.add(done);
  }

  async submit(
    sessionId: string,
    s: CaseSubmission,
    idempotencyKey: string,
    now = new Date(),
  ): Promise<SubmittedCase> {
    const earlier = this.#earlierSubmit(sessionId, idempotencyKey);
    if (earlier) return earlier;
    const def = isServiceItemId(s.itemId) ? SERVICE_ITEMS[s.itemId] : null;
    if (!def || def.infno === null) throw new KioskApiError('bad-request', 'not an item that submits a case');
    if (s.actingFor === 'other' && !def.allowProxy)
      throw new KioskApiError('bad-request', 'this item cannot be done for another person');
    const holder = this.#d.identities.holder(sessionId);
    const { codes } = this.#d;
    const resolved = resolveSubmission(def, s, holder, codes);
    const { data } = resolved;

    const insurance = await this.#insuranceOf(sessionId, def, s, data);
    // The insurance is the subject's own (the holder's, or a 1101 of the person filed for).
    const insuredAdmdvs = insuredAdmdvsFor(insurance, 'self', data.insutype);
    const problems = validateForm(def, data, s.actingFor, now, {
      codes,
      insuredAdmdvs,
      utcOffsetMinutes: this.#utcOffsetMinutes,
      fromCard: resolved.fromCard,
    });
    if (def.kind === 'filing' && insurance.state === 'not-insured') problems.certno ??= 'rule.notInsured';
    if (def.kind === 'filing' && insurance.state === 'insured' && !held(insurance, data.insutype))
      problems.insutype ??= 'rule.notInsuredInType';
    if (Object.keys(problems).length > 0)
      throw new KioskApiError('refused', 'the form has problems', { problems });
    if (resolved.missing.length > 0 || resolved.unknownPages > 0)
      throw new KioskApiError('refused', 'materials are missing or do not belong to this item', {
        missing: resolved.missing,
      });
    for (const p of resolved.pages) {
      const info = await this.#d.vault.info(p.photoId).catch(() => null);
      if (!info || info.sessionId !== sessionId || info.sha256 !== p.sha256)
        throw new KioskApiError('refused', 'a page is not a photo of this session');
    }

    const insuplcAdmdvs = def.infno === 'ZZ01' ? (data.insu_admdvs ?? '') : (insuredAdmdvs ?? '');
    // A page another case took is not this submit's, even while its detach is still being written (once
    // written, the check above refuses it). Checked with no await before the commit, so two submits cannot
    // both pass it; a doubled tap that raced this one here gets the first one's case.
    const raced = this.#earlierSubmit(sessionId, idempotencyKey);
    if (raced) return raced;
    if (resolved.pages.some((p) => this.#pendingDetach.has(p.photoId)))
      throw new KioskApiError('refused', 'a page is not a photo of this session');
    const committed = this.#commit({
      itemId: def.id,
      infno: def.infno,
      data,
      materials: resolved.pages.map((p) => ({ photoId: p.photoId, sha256: p.sha256, matlType: p.matlType })),
      person: { certno: data.certno ?? '', name: data.psn_name ?? '', certType: data.psn_cert_type ?? '' },
      // Empty when the province could not be asked: the sync worker asks (1101) before sending ZZ02.
      insuplcAdmdvs,
      idempotencyKey,
      sessionId,
    });
    // A doubled tap that raced this one past the check above: the store returned the first one's case.
    if (committed.replayed) return this.#asSubmitted(committed);
    const { caseId, caseNo } = committed;
    faultPoint('case-after-commit');
    // Committed: the pages now belong to the case and must outlive the session. The materials rows just
    // committed already say so (session end, a discard and the start-up sweep spare a referenced photo), so
    // the detach is a second record of the same fact and the 受理编号 does not wait for it: its temp-file and
    // directory fsyncs would more than double the resident's wait (bench/commit.bench.ts). It still runs,
    // durably, right away; the session's end waits for it. A detach that fails (a full disk) leaves the
    // photo referenced and kept, and must not turn a committed case into an error.
    this.#detachAfterCommit(
      sessionId,
      caseNo,
      resolved.pages.map((p) => p.photoId),
    );
    const pages = new Map<string, number>();
    for (const p of resolved.pages) pages.set(p.materialId, (pages.get(p.materialId) ?? 0) + 1);
    this.#receipts.set(caseId, {
      sessionId,
      facts: {
        caseNo,
        submittedAt: now,
        residentName: data.psn_name ?? '',
        idNumber: data.certno ?? '',
        materials: [...pages].map(([materialId, count]) => ({ materialId, pages: count })),
        isEnrollment: def.kind === 'enroll',
      },
    });
    this.#d.onCommitted();
    return this.#asSubmitted(committed);
  }

  /**
   * The one transaction of a submit. A full disk rolls it back (nothing of the case is written); the
   * resident is told the kiosk cannot take the case now, the session keeps its photos for a retry.
   */
  #commit(newCase: Parameters<CaseStore['submitCase']>[0]): ReturnType<CaseStore['submitCase']> {
    try {
      return this.store.submitCase(newCase);
    } catch (error) {
      if (!isDiskFull(error)) throw error;
      console.error('case not saved: the kiosk disk is full', error);
      throw new KioskApiError('unavailable', 'the kiosk disk is full: the case was not saved', {
        reason: 'disk-full',
      });
    }
  }

  /** The case an earlier submit with this key made, for this session only. */
  #earlierSubmit(sessionId: string, idempotencyKey: string): SubmittedCase | null {
    const known = this.store.findByIdempotencyKey(idempotencyKey);
    if (!known) return null;
    const r = this.#receipts.get(known.caseId);
    // The receipts are in memory: after a core restart the session recorded with the case stands for them.
    const submittedBy = r?.sessionId ?? known.sessionId;
    if (submittedBy !== sessionId)
      throw new KioskApiError('refused', 'this submission key was used by another session');
    return this.#asSubmitted(known);
  }

  #asSubmitted(c: Readonly<{ caseId: string; caseNo: string; createdAt: number }>): SubmittedCase {
    return { caseId: c.caseId, acceptNo: c.caseNo, createdAt: new Date(c.createdAt).toISOString() };
  }

  /**
   * The subject's insurance for a 备案: the holder's answer from identity, or for another person a 1101 of
   * their own. Not needed for enrollment (its 参保地 is the 参保区划 chosen on the form).
   */
  async #insuranceOf(
    sessionId: string,
    def: ServiceItemDefinition,
    s: CaseSubmission,
    data: Readonly<Record<string, string>>,
  ): Promise<InsuranceCheck> {
    if (def.kind !== 'filing') return { state: 'unknown' };
    if (s.actingFor === 'self') return this.#d.identities.insurance(sessionId);
    const r = await this.#d.lookup({
      by: 'id-card',
      certno: data.certno ?? '',
      psnCertType: data.psn_cert_type ?? '',
      name: data.psn_name ?? '',
    });
    return insuranceCheckOf(r);
  }

  status(sessionId: string, caseId: string): { status: CaseStatus; provinceNo: string | null } {
    this.receiptFacts(sessionId, caseId); // a session sees only its own cases
    const view = this.store.getCase(caseId);
    if (!view) throw new KioskApiError('not-found', 'no such case');
    return { status: view.status, provinceNo: view.trtDclaDetlSn };
  }

  receiptFacts(sessionId: string, caseId: string): CaseReceiptFacts {
    const r = this.#receipts.get(caseId);
    if (!r || r.sessionId !== sessionId) throw new KioskApiError('not-found', 'no such case in this session');
    return r.facts;
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function held(
  insurance: Extract<InsuranceCheck, { state: 'insured' }>,
  insutype: string | undefined,
): boolean {
  return insurance.insurances.some((i) => i.insutype === insutype);
}
