import { createHash } from 'node:crypto';
import type { CaseStatus } from '../db/case-types';
import type { CaseWork, Outbox, WorkMaterial } from '../db/outbox';
import { faultPoint } from '../kiosk/fault-point';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { CallResult, NotOk } from './call-result';
import { failureScope } from './failure-scope';
import { CHINA_UTC_OFFSET_MINUTES } from './local-time';
import {
  DEFAULT_MAINTENANCE,
  inMaintenance,
  windowEndFor,
  type MaintenanceWindow,
} from './maintenance-window';
import type { PhotoSource } from './photo-source';
import { DEFAULT_PACING, SendPacer, type PacingPolicy } from './send-pacer';
import type { ProvincialClient } from './provincial-client';
import type { InsuredLookup, InsuredQuery } from './resident-lookups';

/** The part of the provincial client the worker uses (a fake stands in for it in the fleet benchmark). */
export type ProvinceSender = Pick<ProvincialClient, 'upload' | 'submit' | 'caseStatus'>;

export type SyncWorkerOptions = Readonly<{
  outbox: Outbox;
  province: ProvinceSender;
  photos: PhotoSource;
  /** 1101, for a ZZ02 committed while the province could not say where the person is insured. */
  insured: (q: InsuredQuery) => Promise<InsuredLookup>;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** How the kiosk paces itself after a 429 and after the maintenance window (send-pacer.ts). */
  pacing?: PacingPolicy;
  /** Failed attempts after which a case is parked as needs-attention with its last error. Default 20. */
  maxAttempts?: number;
  /** null switches the window off (tests). Default 21:30–00:05, restart spread over 15 minutes. */
  maintenance?: MaintenanceWindow | null;
  /** Poll interval for a submitted case whose acceptance state is not known yet. Default 60 s. */
  pollSubmittedMs?: number;
  /** Poll interval for 待审核 cases. Default 10 minutes. */
  pollPendingReviewMs?: number;
  /** Cases worked on at the same time. Default 2. */
  concurrency?: number;
  /** Longest sleep of the background loop when nothing is due (new cases call wake()). Default 30 s. */
  idleCheckMs?: number;
  tzOffsetMinutes?: number;
  log?: (event: SyncEvent) => void;
}>;

export type SyncEvent = Readonly<{
  at: number;
  caseId?: string;
  kind: 'sent' | 'deferred' | 'parked' | 'settled' | 'error';
  detail: string;
}>;

export type SyncStatus = Readonly<{
  running: boolean;
  /** Cases not yet taken by the province (queued, uploading, submitted). */
  queued: number;
  /** 待审核 cases the worker keeps asking about. */
  awaitingReview: number;
  /** Unresolved needs-attention cases. */
  needsAttention: number;
  lastSuccessAt: number | null;
  lastError: Readonly<{ at: number; detail: string }> | null;
  pausedForMaintenance: boolean;
  /** When sending resumes, while paused for maintenance. */
  resumeAt: number | null;
  /** Sending held back until then after a failure that concerns the whole province (failure-scope.ts). */
  holdUntil: number | null;
}>;

export type DrainReport = {
  steps: number;
  settled: number;
  deferred: number;
  parked: number;
  pausedUntil: number | null;
  nextWakeAt: number | null;
};

type Outcome = 'continue' | 'hold';

export const DEFAULT_MAX_ATTEMPTS = 20;

/**
 * Delivers committed cases to the province, off the UI path. Per case: upload each photo (9101; the file id
 * is recorded so a resumed case skips it), submit ZZ01/ZZ02 with att[], then follow ZZ03 until 已受理,
 * 审核通过 or 审核不通过. Every message goes out with the msgid persisted at enqueue time, so a retry after a
 * crash or a lost answer is a replay the province answers from memory. A refusal parks only that case.
 * Any other failure backs off that case alone (capped full jitter, at least Retry-After) and parks it after
 * `maxAttempts`; only a failure that concerns the whole province (failure-scope.ts) holds the whole worker
 * back, since the next case would meet the same trouble. Every case the worker picks is either settled,
 * rescheduled or unscheduled, so a due case can never make the loop spin.
 */
export class SyncWorker {
  readonly #o: SyncWorkerOptions;
  readonly #now: () => number;
  readonly #random: () => number;
  #running = false;
  #timer: NodeJS.Timeout | null = null;
  #draining: Promise<DrainReport> | null = null;
  #holdUntil = 0;
  /** Consecutive province-wide failures: the exponent of the worker-wide backoff. */
  #provinceFailures = 0;
  /** Whether the worker wrote since it last restarted the WAL. */
  #walDirty = false;
  #spread: { end: number; offset: number } | null = null;
  readonly #pacer: SendPacer;
  /** The maintenance window whose end this kiosk last slow-started after (send-pacer.ts). */
  #slowStartedAfter: number | null = null;
  #lastSuccessAt: number | null = null;
  #lastError: { at: number; detail: string } | null = null;

  constructor(options: SyncWorkerOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    this.#pacer = new SendPacer(this.#pacing);
  }

  get #tz(): number {
    return this.#o.tzOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  }

  get #pacing(): PacingPolicy {
    return this.#o.pacing ?? DEFAULT_PACING;
  }

  get #maintenance(): MaintenanceWindow | null {
    return this.#o.maintenance === undefined ? DEFAULT_MAINTENANCE : this.#o.maintenance;
  }

  /**
   * When sending may resume, or null when not paused. Inside the window: its end plus this kiosk's spread.
   * Just after it: paused until end + spread. The spread is drawn once per window end.
   */
  pausedUntil(now = this.#now()): number | null {
    const w = this.#maintenance;
    if (!w) return null;
    const end = windowEndFor(w, now, this.#tz);
    if (this.#spread?.end !== end)
      this.#spread = { end, offset: Math.floor(this.#random() * w.restartSpreadMs) };
    const resumeAt = end + this.#spread.offset;
    return inMaintenance(w, now, this.#tz) || now < resumeAt ? resumeAt : null;
  }

  /** When the worker next has something to do (null: nothing queued). */
  nextWakeAt(now = this.#now()): number | null {
    const due = this.#o.outbox.nextDueAt();
    if (due === null) return null;
    return Math.max(due, this.#holdUntil, this.pausedUntil(now) ?? 0, this.#pacer.readyAt(now));
  }

  status(): SyncStatus {
    const counts = this.#o.outbox.countsByStatus();
    const now = this.#now();
    const resumeAt = this.pausedUntil(now);
    return {
      running: this.#running,
      queued: (counts.queued ?? 0) + (counts.uploading ?? 0) + (counts.submitted ?? 0),
      awaitingReview: counts['pending-review'] ?? 0,
      needsAttention: counts['needs-attention'] ?? 0,
      lastSuccessAt: this.#lastSuccessAt,
      lastError: this.#lastError,
      pausedForMaintenance: resumeAt !== null,
      resumeAt,
      holdUntil: this.#holdUntil > now ? this.#holdUntil : null,
    };
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Call after a case was committed so it leaves without waiting for the idle check. */
  wake(): void {
    if (this.#running) this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#draining?.catch(() => undefined);
  }

  /** Works through everything due now; resolves when done, held back, or paused. */
  drainOnce(): Promise<DrainReport> {
    if (!this.#draining) {
      this.#draining = this.#drain().finally(() => {
        this.#draining = null;
      });
    }
    return this.#draining;
  }

  #schedule(delayMs: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    const delay = Math.max(0, Math.min(delayMs, this.#o.idleCheckMs ?? 30_000));
    this.#timer = setTimeout(() => void this.#tick(), delay);
  }

  async #tick(): Promise<void> {
    this.#timer = null;
    try {
      await this.drainOnce();
    } catch (e) {
      this.#error(`drain failed: ${String(e)}`);
    }
    if (!this.#running) return;
    const next = this.nextWakeAt();
    if (this.#walDirty && (next === null || next > this.#now())) this.#restartWal();
    this.#schedule(next === null ? Number.POSITIVE_INFINITY : next - this.#now());
  }

  async #drain(): Promise<DrainReport> {
    const report: DrainReport = {
      steps: 0,
      settled: 0,
      deferred: 0,
      parked: 0,
      pausedUntil: null,
      nextWakeAt: null,
    };
    const seen = new Set<string>();
    const width = Math.max(1, this.#o.concurrency ?? 2);
    let hold = false;
    while (!hold) {
      const now = this.#now();
      report.pausedUntil = this.pausedUntil(now);
      if (report.pausedUntil !== null || this.#holdUntil > now) break;
      this.#slowStartAfterWindow(now);
      const ids = this.#o.outbox.due(now, width * 8).filter((id) => !seen.has(id));
      if (ids.length === 0) break;
      let next = 0;
      const lane = async (): Promise<void> => {
        while (!hold && next < ids.length) {
          const id = ids[next++] as string;
          seen.add(id);
          if (this.pausedUntil() !== null) {
            hold = true;
            return;
          }
          if ((await this.#processCase(id, report)) === 'hold') hold = true;
        }
      };
      await Promise.all(Array.from({ length: Math.min(width, ids.length) }, lane));
    }
    if (report.steps > 0) {
      this.#o.outbox.checkpoint();
      this.#walDirty = true;
    }
    report.nextWakeAt = this.nextWakeAt();
    return report;
  }

  /**
   * The first drain after the maintenance window starts pacing slowly: every kiosk of the province resumes
   * after the same window, each with its backlog. Only shortly after the window (within its restart spread
   * and the pacer's memory): a kiosk switched on in the afternoon has no reason to hold back.
   */
  #slowStartAfterWindow(now: number): void {
    const w = this.#maintenance;
    if (!w) return;
    const end = windowEndFor(w, now, this.#tz);
    if (this.#slowStartedAfter === end) return;
    this.#slowStartedAfter = end;
    if (now < end + w.restartSpreadMs + this.#pacing.forgetAfterMs) this.#pacer.slowStart(now);
  }

  /** Nothing due: the whole WAL goes back into the database; the next commit reuses the file from its start. */
  #restartWal(): void {
    try {
      this.#o.outbox.restartWal();
      this.#walDirty = false;
    } catch (e) {
      this.#error(`WAL checkpoint failed: ${String(e)}`);
    }
  }

  async #processCase(caseId: string, report: DrainReport): Promise<Outcome> {
    let work: CaseWork | null;
    try {
      work = this.#o.outbox.load(caseId);
    } catch (e) {
      // Unreadable case (e.g. wrong data key): keep it, retry later, tell the admin screen.
      this.#error(`cannot load case ${caseId}: ${String(e)}`, caseId);
      this.#retryCase(caseId, this.#o.outbox.attemptsOf(caseId), `cannot load case: ${String(e)}`, report);
      return 'continue';
    }
    if (!work) {
      // Purged, settled or resolved meanwhile: nothing to send, so it must not stay due.
      this.#o.outbox.unschedule(caseId, this.#now());
      return 'continue';
    }
    try {
      if (work.status === 'queued' || work.status === 'uploading') return await this.#deliver(work, report);
      return await this.#poll(work, report);
    } catch (e) {
      this.#error(`case ${work.caseNo}: ${String(e)}`, caseId);
      this.#retryCase(caseId, work.attempts, String(e), report);
      return 'continue';
    }
  }

  /**
   * This case failed on its own: try it again after its own backoff, or park it once it has used up its
   * attempts (so staff see it, with the last error, instead of it retrying for ever). A case already at the
   * province (only its ZZ03 fails) is not parked: it keeps asking at the capped backoff.
   */
  #retryCase(
    caseId: string,
    attemptsBefore: number,
    detail: string,
    report: DrainReport,
    retryAfterMs?: number,
  ): void {
    const now = this.#now();
    const limit = this.#o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (
      attemptsBefore + 1 >= limit &&
      this.#o.outbox.giveUp(caseId, `gave up after ${attemptsBefore + 1} attempts: ${detail}`, now)
    ) {
      this.#error(`case ${caseId} parked after ${attemptsBefore + 1} attempts: ${detail}`, caseId, 'parked');
      report.parked++;
      return;
    }
    const delay = backoffDelay(attemptsBefore, this.#random, this.#policy, retryAfterMs);
    this.#o.outbox.defer(caseId, now + delay, detail, now);
    report.deferred++;
  }

  get #policy(): BackoffPolicy {
    return this.#o.backoff ?? DEFAULT_BACKOFF;
  }

  async #deliver(picked: CaseWork, report: DrainReport): Promise<Outcome> {
    let work = picked;
    if (work.infno === 'ZZ02' && work.insuplcAdmdvs === '') {
      const resolved = await this.#resolveInsuplc(work, report);
      if ('outcome' in resolved) return resolved.outcome;
      work = { ...work, insuplcAdmdvs: resolved.admdvs };
    }
    const att: Array<{ file_qury_no: string; matl_type: string }> = [];
    for (const m of work.materials) {
      if (m.fileQuryNo !== null) {
        att.push({ file_qury_no: m.fileQuryNo, matl_type: m.matlType });
        continue;
      }
      const uploaded = await this.#upload(work, m, report);
      if (!('fileId' in uploaded)) return uploaded.outcome;
      att.push({ file_qury_no: uploaded.fileId, matl_type: m.matlType });
    }
    if (!this.#takeTurn()) return 'hold';
    const res = await this.#o.province.submit(
      work.infno,
      work.submitMsgid,
      work.data,
      att,
      work.insuplcAdmdvs,
    );
    report.steps++;
    this.#observe(res);
    faultPoint('submit-answered');
    if (res.kind !== 'ok') return this.#failed(work, res, work.submitMsgid, report);
    const now = this.#now();
    const acp = String(res.output.acp_stas ?? '');
    const status = this.#o.outbox.recordSubmitted(
      work.caseId,
      work.submitMsgid,
      String(res.output.trt_dcla_detl_sn ?? ''),
      acp,
      res.infRefmsgid,
      now,
      this.#nextPoll(acp, now),
    );
    this.#success(now, work.caseId, `submitted ${work.caseNo}: ${status}`);
    if (status === 'accepted' || status === 'approved' || status === 'rejected') report.settled++;
    return 'continue';
  }

  /**
   * The prerequisite of a ZZ02 whose 参保地 was not known at commit (the province was unreachable then): 1101
   * with the ID number, recorded on the case so a resumed case skips it. A read, so a retry is a fresh msgid.
   * Returns the 参保地 now recorded, or what the case should do instead.
   */
  async #resolveInsuplc(
    work: CaseWork,
    report: DrainReport,
  ): Promise<{ admdvs: string } | { outcome: Outcome }> {
    const d = work.data;
    if (!this.#takeTurn()) return { outcome: 'hold' };
    const res = await this.#o.insured({
      by: 'id-card',
      certno: d.certno ?? '',
      psnCertType: d.psn_cert_type ?? '',
      name: d.psn_name ?? '',
    });
    report.steps++;
    const now = this.#now();
    if (res.kind === 'unreachable') {
      if (res.reason === 'throttled') this.#pacer.throttled(now);
      const failure: NotOk =
        res.reason === 'auth'
          ? { kind: 'auth', httpStatus: 401, detail: '1101 sign-in failed' }
          : { kind: 'retryable', reason: res.reason, detail: '1101 unreachable' };
      return { outcome: this.#failed(work, failure, null, report) };
    }
    this.#pacer.answered(now);
    const held =
      res.kind === 'found'
        ? res.result.insuinfo.find((i) => i.insutype === d.insutype && i.psn_insu_stas === '1')
        : undefined;
    if (!held) {
      const reason =
        res.kind === 'refused' ? res.errMsg : '未查询到该险种的正常参保信息，不能办理异地就医备案';
      this.#o.outbox.park(work.caseId, 'refused', reason, [], now, null);
      this.#error(`${work.caseNo} not insured: ${reason}`, work.caseId, 'parked');
      report.parked++;
      return { outcome: 'continue' };
    }
    this.#o.outbox.recordInsuplc(work.caseId, held.insuplc_admdvs, now);
    return { admdvs: held.insuplc_admdvs };
  }

  /** Uploads one page; returns its file id, or what the case should do instead. */
  async #upload(
    work: CaseWork,
    m: WorkMaterial,
    report: DrainReport,
  ): Promise<{ fileId: string } | { outcome: Outcome }> {
    const now = this.#now();
    if (m.uploadMsgid === null) {
      this.#o.outbox.park(work.caseId, 'photo-missing', 'no upload message for a material', [], now, null);
      report.parked++;
      return { outcome: 'continue' };
    }
    let jpeg: Buffer;
    try {
      jpeg = await this.#o.photos.readJpeg(m.photoId);
    } catch (e) {
      this.#o.outbox.park(
        work.caseId,
        'photo-missing',
        `photo ${m.photoId} unreadable: ${String(e)}`,
        [],
        now,
        null,
      );
      report.parked++;
      return { outcome: 'continue' };
    }
    if (createHash('sha256').update(jpeg).digest('hex') !== m.sha256) {
      this.#o.outbox.park(
        work.caseId,
        'photo-mismatch',
        `photo ${m.photoId} does not match its recorded sha256`,
        [],
        now,
        null,
      );
      report.parked++;
      return { outcome: 'continue' };
    }
    if (!this.#takeTurn()) return { outcome: 'hold' };
    const res = await this.#o.province.upload(
      m.uploadMsgid,
      jpeg,
      `${work.caseNo}-${m.seq + 1}.jpg`,
      work.insuplcAdmdvs,
    );
    report.steps++;
    this.#observe(res);
    faultPoint('upload-answered');
    if (res.kind !== 'ok') return { outcome: this.#failed(work, res, m.uploadMsgid, report) };
    const done = this.#now();
    const fileId = String(res.output.file_qury_no ?? '');
    this.#o.outbox.recordUpload(work.caseId, m.seq, m.uploadMsgid, fileId, res.infRefmsgid, done);
    this.#success(done, work.caseId, `uploaded ${work.caseNo} page ${m.seq + 1}`);
    return { fileId };
  }

  async #poll(work: CaseWork, report: DrainReport): Promise<Outcome> {
    if (!this.#takeTurn()) return 'hold';
    const res = await this.#o.province.caseStatus({ ref_msgid: work.submitMsgid }, work.insuplcAdmdvs);
    report.steps++;
    this.#observe(res);
    const now = this.#now();
    if (res.kind === 'ok') {
      const acp = String(res.output.acp_stas ?? '');
      const status: CaseStatus = this.#o.outbox.recordStatus(
        work.caseId,
        acp,
        String(res.output.rejt_rea ?? ''),
        now,
        this.#nextPoll(acp, now),
      );
      this.#success(now, work.caseId, `status ${work.caseNo}: ${status}`);
      if (status === 'accepted' || status === 'approved' || status === 'rejected') report.settled++;
      return 'continue';
    }
    if (res.kind === 'refused') {
      // A read refused: the case is still at the province; ask again later rather than park it.
      this.#o.outbox.defer(
        work.caseId,
        now + (this.#o.pollPendingReviewMs ?? 600_000),
        `ZZ03 refused: ${res.errMsg}`,
        now,
        false,
      );
      this.#error(`ZZ03 for ${work.caseNo} refused: ${res.errMsg}`, work.caseId);
      report.deferred++;
      return 'continue';
    }
    return this.#failed(work, res, null, report);
  }

  #nextPoll(acpStas: string, now: number): number | null {
    if (acpStas === '1' || acpStas === '3' || acpStas === '9') return null;
    if (acpStas === '2') return now + (this.#o.pollPendingReviewMs ?? 600_000);
    return now + (this.#o.pollSubmittedMs ?? 60_000);
  }

  #failed(
    work: CaseWork,
    res: NotOk | CallResult<never>,
    msgid: string | null,
    report: DrainReport,
  ): Outcome {
    const now = this.#now();
    if (res.kind === 'refused') {
      this.#o.outbox.park(work.caseId, 'refused', res.errMsg, res.errors, now, msgid);
      this.#error(`${work.caseNo} refused: ${res.errMsg}`, work.caseId, 'parked');
      report.parked++;
      return 'continue';
    }
    if (res.kind === 'ok') return 'continue';
    const retryAfter = res.kind === 'retryable' ? res.retryAfterMs : undefined;
    const detail = res.kind === 'auth' ? `auth: ${res.detail}` : `${res.reason}: ${res.detail}`;
    this.#error(detail, work.caseId, 'deferred');
    if (failureScope(res) === 'case') {
      this.#retryCase(work.caseId, work.attempts, detail, report, retryAfter);
      return 'continue';
    }
    // The province (or the way to it) is down for everyone: hold all cases, and do not count it against
    // this one, whose turn merely came first.
    const delay = backoffDelay(this.#provinceFailures++, this.#random, this.#policy, retryAfter);
    this.#o.outbox.defer(work.caseId, now + delay, detail, now, false);
    this.#holdUntil = Math.max(this.#holdUntil, now + delay);
    this.#pacer.holdUntil(this.#holdUntil);
    report.deferred++;
    return 'hold';
  }

  /**
   * Whether this kiosk's pacing lets a request leave now. When it does not, the drain stops where it is (a
   * case keeps what it has done so far and stays due) and nextWakeAt() says when the next turn comes.
   */
  #takeTurn(): boolean {
    return this.#pacer.take(this.#now());
  }

  /**
   * What an answer says about this kiosk's sending rate: a 429 (the contract's "the kiosk sends too fast")
   * slows it down, an answer speeds it up. A 503 (maintenance, an outage) is about the province, not about our
   * rate: it holds the worker for its Retry-After (plus jitter) and leaves the pace alone, so a village kiosk
   * does not crawl for a quarter of an hour after a short outage.
   */
  #observe(res: CallResult<unknown>): void {
    const now = this.#now();
    if (res.kind === 'ok' || res.kind === 'refused') this.#pacer.answered(now);
    else if (res.kind === 'retryable' && res.reason === 'throttled') this.#pacer.throttled(now);
  }

  #success(at: number, caseId: string, detail: string): void {
    this.#provinceFailures = 0;
    this.#lastSuccessAt = at;
    this.#o.log?.({ at, caseId, kind: 'sent', detail });
  }

  #error(detail: string, caseId?: string, kind: SyncEvent['kind'] = 'error'): void {
    const at = this.#now();
    this.#lastError = { at, detail };
    this.#o.log?.({ at, kind, detail, ...(caseId === undefined ? {} : { caseId }) });
  }
}
