import { KioskApiError } from '../../api/result';
import type { Settings } from '../../config/settings-schema';
import { CaseStore } from '../../db/case-store';
import type { CaseStatus } from '../../db/case-types';
import type { Db } from '../../db/sqlite';
import { parseUtcOffset } from '../../domain/business-date';
import { isServiceItemId } from '../../flows/catalog';
import { SERVICE_ITEMS } from '../../flows/items';
import type { CaseSubmission, SubmittedCase } from '../../flows/wizard-types';
import { validateForm } from '../../flows/validate-form';
import type { PhotoVault } from '../../media/photo-vault';
import type { SessionRegistry } from '../session-registry';
import type { CaseReceiptFacts } from './print-service';

/**
 * 确认提交 on the Node side. The renderer is untrusted, so the submission is checked again with the same pure
 * rules the wizard used, and every page must be a photo of this very session; then the case, its pages and its
 * outbox messages are committed in one transaction and the photos leave the session (they belong to the case).
 * The renderer's idempotency key (made when the resident confirms) makes a retried or doubled tap return
 * the case the first one committed, with the same 受理编号, instead of a second case.
 */
export class CaseService {
  readonly store: CaseStore;
  /** What the 回执 needs, for cases submitted in a session still on screen; forgotten when it ends. */
  readonly #receipts = new Map<string, { sessionId: string; facts: CaseReceiptFacts }>();
  readonly #vault: PhotoVault;
  readonly #onCommitted: () => void;
  readonly #utcOffsetMinutes: number;

  constructor(
    db: Db,
    key: Buffer,
    settings: Settings,
    vault: PhotoVault,
    sessions: SessionRegistry,
    onCommitted: () => void,
  ) {
    this.#utcOffsetMinutes = parseUtcOffset(settings.utcOffset);
    this.store = new CaseStore(db, {
      key,
      fixmedinsCode: settings.terminal.serviceCode,
      countyCode: settings.terminal.countyCode,
      terminalSlot: settings.terminal.slot,
      tzOffsetMinutes: this.#utcOffsetMinutes,
    });
    this.#vault = vault;
    this.#onCommitted = onCommitted;
    sessions.onEnd((sessionId) => {
      for (const [caseId, r] of this.#receipts) if (r.sessionId === sessionId) this.#receipts.delete(caseId);
    });
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
    if (!def || def.infno !== s.infno) throw new KioskApiError('bad-request', 'unknown item or transaction');
    const actingFor = s.data.agnter_certno ? 'other' : 'self';
    const problems = validateForm(def, s.data, actingFor, now, this.#utcOffsetMinutes);
    if (Object.keys(problems).length > 0)
      throw new KioskApiError('refused', 'the form has problems', { problems });
    if (s.materials.length === 0 && (def.materials.length > 0 || def.promiseAllowed)) {
      throw new KioskApiError('refused', 'materials are missing');
    }
    for (const m of s.materials) {
      const info = await this.#vault.info(m.photoId).catch(() => null);
      if (!info || info.sessionId !== sessionId || info.sha256 !== m.sha256) {
        throw new KioskApiError('refused', 'a page is not a photo of this session');
      }
    }
    const pages = new Map<string, number>();
    for (const m of s.materials) pages.set(m.matlType, (pages.get(m.matlType) ?? 0) + 1);
    const committed = this.store.submitCase({
      itemId: s.itemId,
      infno: s.infno,
      data: s.data,
      materials: s.materials.map((m) => ({ photoId: m.photoId, sha256: m.sha256, matlType: m.matlType })),
      person: s.person,
      ...(s.insuplcAdmdvs ? { insuplcAdmdvs: s.insuplcAdmdvs } : {}),
      idempotencyKey,
    });
    // A doubled tap that raced this one past the check above: the store returned the first one's case.
    if (committed.replayed) return this.#asSubmitted(committed);
    const { caseId, caseNo } = committed;
    // Committed: the pages now belong to the case and must outlive the session.
    await Promise.all(s.materials.map((m) => this.#vault.detach(m.photoId)));
    this.#receipts.set(caseId, {
      sessionId,
      facts: {
        caseNo,
        submittedAt: now,
        residentName: s.person.name,
        idNumber: s.person.certno,
        materials: [...pages].map(([matlType, count]) => ({ matlType, pages: count })),
        isEnrollment: def.kind === 'enroll',
      },
    });
    this.#onCommitted();
    return this.#asSubmitted(committed);
  }

  /** The case an earlier submit with this key made, for this session only. */
  #earlierSubmit(sessionId: string, idempotencyKey: string): SubmittedCase | null {
    const known = this.store.findByIdempotencyKey(idempotencyKey);
    if (!known) return null;
    const r = this.#receipts.get(known.caseId);
    if (!r || r.sessionId !== sessionId)
      throw new KioskApiError('refused', 'this submission key was used by another session');
    return this.#asSubmitted(known);
  }

  #asSubmitted(c: Readonly<{ caseId: string; caseNo: string; createdAt: number }>): SubmittedCase {
    return { caseId: c.caseId, acceptNo: c.caseNo, createdAt: new Date(c.createdAt).toISOString() };
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
