import type { AdminHandler, AdminMethod } from '../../../api/admin-gate';
import { KioskApiError } from '../../../api/result';
import type { CaseStore, StaffActionResult } from '../../../db/case-store';
import type { StaffCalls } from '../../../db/staff-calls';
import type { SyncStatus } from '../../../sync/sync-worker';
import type { AuditAdminAction } from '../audit-log';
import { encodeCsv, toCsv, writeExportFile } from '../csv-file';
import { fileStamp } from '../file-stamp';
import type { LedgerView } from './ledger-view';
import { ledgerRows, reconcileRows } from './office-csv';
import { rangeBounds, type ReconcileService } from './reconcile-service';

export type OfficeMethod = Extract<AdminMethod, `office.${string}`>;
export type OfficeHandlers = { [M in OfficeMethod]: AdminHandler<M> };

export type OfficeDeps = Readonly<{
  store: CaseStore;
  view: LedgerView;
  syncStatus: () => SyncStatus;
  /** Tells the sync worker a resent case is due. */
  wakeWorker: () => void;
  reconcile: ReconcileService;
  staffCalls: StaffCalls;
  audit: AuditAdminAction;
  /** The terminal id in force, for the export's file names and rows. */
  kioskId: () => string;
  tz: number;
  now: () => number;
}>;

function refused(result: StaffActionResult): never {
  if (result.ok) throw new Error('not a refusal');
  throw new KioskApiError('refused', result.message, { problem: result.problem, message: result.message });
}

/** The back-office handlers (behind the role gate: backOffice only). Staff actions are audited. */
export function createOfficeHandlers(d: OfficeDeps): OfficeHandlers {
  const statusOf = (caseId: string) => d.view.entry(caseId);
  return {
    'office.health': async () => d.view.health(d.syncStatus()),
    'office.ledger': async ({ from, to, itemId, status, limit }) => {
      const { start, end } = rangeBounds(from, to, d.tz);
      return {
        entries: d.view.entries({
          from: start,
          to: end,
          limit,
          ...(itemId ? { itemId } : {}),
          ...(status ? { status } : {}),
        }),
      };
    },
    'office.resend': async ({ caseId, note }, caller) => {
      const before = statusOf(caseId);
      const result = d.store.resend(caseId);
      if (!result.ok) refused(result);
      d.wakeWorker();
      d.audit(caller, 'office.resend', before?.caseNo ?? caseId, {
        before: { status: before?.status, attempts: before?.attempts },
        after: { status: statusOf(caseId)?.status, note },
      });
      return {};
    },
    'office.resolve': async ({ caseId, note }, caller) => {
      const before = statusOf(caseId);
      const result = d.store.resolve(caseId, note);
      if (!result.ok) refused(result);
      d.audit(caller, 'office.resolve', before?.caseNo ?? caseId, {
        before: { status: before?.status },
        after: { resolved: true, note },
      });
      return {};
    },
    'office.reconcile': async ({ from, to }, caller) => {
      const report = await d.reconcile.run(from, to, 'manual');
      d.audit(caller, 'office.reconcile', `${from}..${to}`, { after: report.counts });
      return report;
    },
    'office.reconcile.last': async () => d.reconcile.last(),
    'office.staffCalls': async ({ unansweredOnly, limit }) => ({
      // The session id stays on the Node side: the screen needs when, where and whether, not who.
      calls: d.staffCalls
        .list({ unansweredOnly, limit })
        .map(({ id, step, itemId, calledAt, answeredAt }) => ({ id, step, itemId, calledAt, answeredAt })),
    }),
    'office.staffCalls.acknowledge': async ({ id }, caller) => {
      const call = d.staffCalls.get(id);
      if (!call) throw new KioskApiError('refused', 'no such staff call', { problem: 'not-found' });
      if (!d.staffCalls.markAnswered(id))
        throw new KioskApiError('refused', 'already acknowledged', { problem: 'already-acknowledged' });
      d.audit(caller, 'office.staffCalls.acknowledge', `staff-call ${id}`, {
        before: { step: call.step, itemId: call.itemId, calledAt: call.calledAt, answeredAt: null },
        after: { answeredAt: d.staffCalls.get(id)?.answeredAt ?? null },
      });
      return {};
    },
    'office.export': async ({ from, to, folder, encoding }, caller) => {
      const { start, end } = rangeBounds(from, to, d.tz);
      const last = d.reconcile.last();
      const report =
        last && last.from === from && last.to === to ? last : await d.reconcile.run(from, to, 'manual');
      const entries = d.view.entries({ from: start, to: end, limit: 100_000 });
      const kioskId = d.kioskId();
      const stamp = `${kioskId}-${from}_${to}-${fileStamp(d.now())}`;
      const localTime = (at: number) => d.reconcile.localTime(at);
      const files = [
        writeExportFile(
          folder,
          `ledger-${stamp}.csv`,
          encodeCsv(toCsv(ledgerRows(kioskId, entries, localTime)), encoding),
        ),
        writeExportFile(
          folder,
          `reconcile-${stamp}.csv`,
          encodeCsv(toCsv(reconcileRows([report], localTime)), encoding),
        ),
      ];
      d.audit(caller, 'office.export', folder, { after: { files, cases: entries.length, encoding } });
      return { files };
    },
  };
}
