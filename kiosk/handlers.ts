import type { ResidentHandlers } from '../api/admin-gate';
import { KioskApiError } from '../api/result';
import type { Settings } from '../config/settings-schema';
import { appInfo } from './app-info';
import type { IdentityFocus } from './identity-focus';
import type { HandwritingService } from './handwriting/handwriting-service';
import type { CaseService } from './services/case-service';
import type { IdentityService } from './services/identity-service';
import type { PhotoService } from './services/photo-service';
import type { PrintService } from './services/print-service';
import type { QueryService } from './services/query-service';
import type { SessionIdentities } from './services/session-identities';
import type { SessionRegistry } from './session-registry';
import type { CodeTables } from '../domain/codes/code-tables';
import type { StaffCalls } from '../db/staff-calls';

export type HandlerDeps = Readonly<{
  settings: Settings;
  /** The settings in force now (a technician's device change applies at once); `settings` when absent. */
  currentSettings?: () => Settings;
  shell: 'electron' | 'browser-host';
  sessions: SessionRegistry;
  /** Which session the reader and the scanner work for: their events go to it alone. */
  focus: IdentityFocus;
  identity: IdentityService;
  photos: PhotoService;
  cases: CaseService;
  queries: QueryService;
  printer: Pick<PrintService, 'printCase' | 'printQuery'>;
  identities: SessionIdentities;
  codes: CodeTables;
  handwriting: HandwritingService;
  staffCalls: StaffCalls;
}>;

/**
 * The Node side of every resident-facing KioskApi method. Arguments arrive validated by api/dispatch. The
 * simulator controls are not here (SimApi, in the demo module), nor admin mode (kiosk/admin/compose-admin.ts).
 */
export function createKioskHandlers(deps: HandlerDeps): ResidentHandlers {
  const { settings, sessions, focus } = deps;
  return {
    'app.info': async () => appInfo(deps.currentSettings?.() ?? settings, deps.shell, deps.codes),
    'session.end': async ({ sessionId }) => {
      focus.release(sessionId);
      return { wiped: await sessions.end(sessionId) };
    },

    'identity.start': async ({ sessionId }) => {
      sessions.touch(sessionId);
      focus.claim(sessionId);
      return deps.identity.start(sessionId);
    },
    'identity.stop': async ({ sessionId }) => {
      await deps.identity.stop(sessionId);
      focus.release(sessionId);
      return {};
    },
    'identity.resolveQr': async ({ sessionId, qrText }) => {
      sessions.touch(sessionId);
      return deps.queries.resolveQr(sessionId, qrText);
    },
    'identity.insurance': async ({ sessionId }) => deps.identities.insurance(sessionId),

    'photo.accept': async ({ sessionId, image, kind }) => {
      sessions.touch(sessionId);
      return deps.photos.accept(sessionId, image, kind);
    },
    'photo.discard': async ({ sessionId, photoId }) => {
      await deps.photos.discard(sessionId, photoId);
      return {};
    },

    'case.submit': async ({ sessionId, submission, idempotencyKey }) => {
      sessions.touch(sessionId); // its receipt is held for the session: a wipe must find it
      return deps.cases.submit(sessionId, submission, idempotencyKey);
    },
    'case.status': async ({ sessionId, caseId }) => deps.cases.status(sessionId, caseId),
    'insured.query': async ({ sessionId }) => {
      sessions.touch(sessionId);
      return deps.queries.insuredStatus(sessionId);
    },
    'staff.call': async ({ sessionId, step, itemId }) => {
      if (sessionId) sessions.touch(sessionId);
      const call = { sessionId: sessionId ?? null, step, itemId: itemId ?? null };
      return { calledAt: deps.staffCalls.record(call).calledAt };
    },
    'receipt.print': async ({ sessionId, kind, caseId, text, language }) => {
      if (kind === 'case') {
        if (!caseId) throw new KioskApiError('bad-request', 'caseId is required for a case receipt');
        return deps.printer.printCase(deps.cases.receiptFacts(sessionId, caseId), text);
      }
      return deps.printer.printQuery(deps.queries.receiptFacts(sessionId), text, language);
    },

    'input.handwriting': async () => deps.handwriting.status(),
    'input.recognize': async ({ sessionId, strokes, language, limit }) => {
      sessions.touch(sessionId);
      return deps.handwriting.recognize(strokes, language, limit);
    },
    'input.convertScript': async ({ texts, language }) => deps.handwriting.convert(texts, language),
  };
}
