import type { KioskHandlers } from '../api/kiosk-api';
import { KioskApiError } from '../api/result';
import type { Settings } from '../config/settings-schema';
import { appInfo } from './app-info';
import type { CaseService } from './services/case-service';
import type { IdentityService } from './services/identity-service';
import type { PhotoService } from './services/photo-service';
import type { PrintService } from './services/print-service';
import type { ProvinceConnection } from './services/province-connection';
import type { QueryService } from './services/query-service';
import type { ScannerService } from './services/scanner-service';
import type { SessionRegistry } from './session-registry';

export type HandlerDeps = Readonly<{
  settings: Settings;
  shell: 'electron' | 'browser-host';
  sessions: SessionRegistry;
  identity: IdentityService;
  scanner: ScannerService;
  photos: PhotoService;
  cases: CaseService;
  queries: QueryService;
  printer: PrintService;
  province: ProvinceConnection;
}>;

/** The Node side of every KioskApi method. Arguments arrive validated by api/dispatch. */
export function createKioskHandlers(deps: HandlerDeps): KioskHandlers {
  const { settings, sessions } = deps;
  const { devices } = settings;
  return {
    'app.info': async () => appInfo(settings, deps.shell),
    'session.end': async ({ sessionId }) => ({ wiped: await sessions.end(sessionId) }),

    'identity.start': async ({ sessionId }) => {
      sessions.touch(sessionId);
      return deps.identity.start(sessionId);
    },
    'identity.stop': async ({ sessionId }) => {
      await deps.identity.stop(sessionId);
      return {};
    },
    'identity.resolveQr': async ({ sessionId, qrText }) => {
      sessions.touch(sessionId);
      return deps.queries.resolveQr(qrText);
    },

    'photo.accept': async ({ sessionId, image, kind }) => {
      sessions.touch(sessionId);
      return deps.photos.accept(sessionId, image, kind);
    },
    'photo.discard': async ({ sessionId, photoId }) => {
      await deps.photos.discard(sessionId, photoId);
      return {};
    },

    'case.submit': async ({ sessionId, submission }) => {
      sessions.touch(sessionId); // its receipt is held for the session: a wipe must find it
      return deps.cases.submit(sessionId, submission);
    },
    'case.status': async ({ sessionId, caseId }) => deps.cases.status(sessionId, caseId),
    'insured.query': async ({ sessionId, person }) => {
      sessions.touch(sessionId);
      return deps.queries.insuredStatus(sessionId, person);
    },
    'receipt.print': async ({ sessionId, kind, caseId, text }) => {
      if (kind === 'case') {
        if (!caseId) throw new KioskApiError('bad-request', 'caseId is required for a case receipt');
        return deps.printer.printCase(deps.cases.receiptFacts(sessionId, caseId), text);
      }
      return deps.printer.printQuery(deps.queries.receiptFacts(sessionId), text);
    },

    'sim.fixtures': async () => ({
      cards: devices.idcard.port === 'simulator' ? deps.identity.fixtures() : [],
      qrPeople: deps.scanner.fixtures(),
    }),
    'sim.presentCard': async ({ cardId }) => {
      deps.identity.present(cardId);
      return {};
    },
    'sim.removeCard': async () => {
      deps.identity.remove();
      return {};
    },
    'sim.idcardReader': async ({ plugged }) => {
      await deps.identity.setPlugged(plugged);
      return {};
    },
    'sim.scanQr': async ({ personId }) => {
      await deps.scanner.scanSimulated(personId);
      return {};
    },
    'sim.printer': async (faults) => {
      deps.printer.setSimulatedFaults(faults);
      return {};
    },
    'sim.receipts': async () => ({ receipts: deps.printer.printedReceipts() }),
    'sim.province': async (patch) => {
      if (!deps.province.simulator) throw new KioskApiError('forbidden', 'the province is real');
      deps.province.simulator.control.setFaults({
        outage: patch.outage,
        ...(patch.retryAfterSeconds ? { unavailableRetryAfterSeconds: patch.retryAfterSeconds } : {}),
      });
      return {};
    },
  };
}
