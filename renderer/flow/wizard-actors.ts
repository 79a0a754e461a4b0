import { fromCallback, fromPromise } from 'xstate';
import type { KioskApi } from '../../api/kiosk-api';
import type { InsuredStatus, SubmitCaseInput, SubmittedCase, WizardEvent } from '../../flows/wizard-types';
import type { IdentityPerson, InsuranceCheck } from '../../flows/identity';
import { SubmitRefused } from '../../flows/submit-refused';
import { submitFailureReason } from '../../flows/submit-failure';
import { KeyboardWedgeDecoder } from '../../domain/scanner/keyboard-wedge';

/**
 * The wizard's named actors, implemented over the KioskApi: this is "the edge" where flows/ meets devices and
 * the case store. Failures reject with an Error whose message is the problem code the screens translate.
 */
export function wizardActors(api: KioskApi, sessionId: string) {
  return {
    identity: fromCallback<WizardEvent, { itemId: string }>(({ sendBack }) => {
      let active = true;
      const resolveQr = async (qrText: string) => {
        const r = await api.call('identity.resolveQr', { sessionId, qrText });
        if (!active) return;
        if (r.ok) sendBack({ type: 'IDENTIFIED', person: r.value as IdentityPerson });
        else sendBack({ type: 'IDENTITY_FAILED', code: problemCode(r.error.details) ?? r.error.code });
      };
      const unsubscribe = api.subscribe((event) => {
        if (event.type === 'identity.card')
          sendBack({ type: 'IDENTIFIED', person: event.person as IdentityPerson });
        else if (event.type === 'identity.error') sendBack({ type: 'IDENTITY_FAILED', code: event.code });
        else if (event.type === 'scanner.scan') void resolveQr(event.text);
        else if (event.type === 'device.status' && event.device === 'idcard' && event.status === 'ok') {
          sendBack({ type: 'IDENTITY_DEVICE_OK', device: 'idcard' });
        }
      });
      // Keyboard-wedge scanners type the QR text into the page, faster than any person can.
      const wedge = new KeyboardWedgeDecoder();
      const onKey = (e: KeyboardEvent) => {
        const scanned = wedge.feed({ key: e.key, time: e.timeStamp });
        if (scanned) void resolveQr(scanned);
      };
      window.addEventListener('keydown', onKey);
      void api.call('identity.start', { sessionId }).then((r) => {
        if (active && r.ok && r.value.reader === 'missing')
          sendBack({ type: 'IDENTITY_FAILED', code: 'reader-missing' });
      });
      return () => {
        active = false;
        unsubscribe();
        window.removeEventListener('keydown', onKey);
        void api.call('identity.stop', { sessionId });
      };
    }),
    checkInsurance: fromPromise<InsuranceCheck, void>(async () => {
      const r = await api.call('identity.insurance', { sessionId });
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    }),
    submitCase: fromPromise<SubmittedCase, SubmitCaseInput>(async ({ input }) => {
      const { submission, idempotencyKey } = input;
      const r = await api.call('case.submit', {
        sessionId,
        submission: { ...submission, answers: { ...submission.answers }, pages: [...submission.pages] },
        idempotencyKey,
      });
      if (!r.ok) throw submitFailure(r.error.code, r.error.details);
      return r.value;
    }),
    queryInsured: fromPromise<InsuredStatus, void>(async () => {
      const r = await api.call('insured.query', { sessionId });
      if (r.ok) return r.value;
      if (r.error.code === 'not-found') return { found: false, insurances: [] };
      throw new Error(r.error.code);
    }),
  };
}

/** A refusal naming fields (checked on the Node side with the province's answer in hand) goes back to the form. */
function submitFailure(code: string, details: unknown): Error {
  const problems =
    typeof details === 'object' && details !== null && 'problems' in details ? details.problems : null;
  if (code === 'refused' && typeof problems === 'object' && problems !== null)
    return new SubmitRefused(problems as Record<string, string>);
  return new Error(submitFailureReason(code, details));
}

function problemCode(details: unknown): string | null {
  if (typeof details === 'object' && details !== null && 'code' in details) {
    const code = details.code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}
