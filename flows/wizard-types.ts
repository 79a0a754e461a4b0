import type { CodeTables } from '../domain/codes/code-tables';
import type { ServiceItemDefinition } from './definition';
import type { IdentityPerson, InsuranceCheck } from './identity';
import type { ActingFor } from './prefill';
import type { SubmitFailureReason } from './submit-failure';

/** A photographed page, as the camera step hands it over (stored, encrypted, on the Node side). */
export type PageRef = Readonly<{ photoId: string; sha256: string; thumbnail: string }>;

export type SubmittedCase = Readonly<{ caseId: string; acceptNo: string; createdAt: string }>;

/** What the query item shows, from 1101 (provincial-api.md). */
export type InsuredStatus = {
  found: boolean;
  name?: string;
  insurances: Array<{
    insutype: string;
    status: string;
    admdvs: string;
    since: string;
    paused?: string;
    employer?: string;
  }>;
};

export type WizardContext = {
  definition: ServiceItemDefinition;
  /** The province's code tables in force (app.info): choices offer and send these codes. */
  codes: CodeTables;
  /** 1101 right after identity (备案 items): whether the person is insured, and their 参保地. */
  insurance: InsuranceCheck | null;
  /** The kiosk's date when the session started (rules compare against it), as an ISO timestamp. */
  startedAt: string;
  person: IdentityPerson | null;
  identityProblem: string | null;
  actingFor: ActingFor;
  /** The kiosk's own county (settings), for the answers the kiosk already knows. */
  kioskCounty: string | null;
  /** Which short page of the form is shown (flows/form-pages.ts). */
  pageIndex: number;
  noticeAgreed: boolean;
  answers: Record<string, string>;
  locked: string[];
  errors: Record<string, string>;
  proofMode: 'photos' | 'promise';
  pages: Record<string, PageRef[]>;
  /** The signed 个人承诺书, rendered to a page and stored like a photo. */
  promisePage: PageRef | null;
  materialIndex: number;
  confirmTicked: boolean;
  returnToConfirm: boolean;
  /** 修改 of one answer on 确认提交: the field its page opens with, focused; null otherwise. */
  focusField: string | null;
  /** Why the last 确认提交 failed (confirm.submitFailed.* names it); null when it did not fail. */
  submitError: SubmitFailureReason | null;
  /**
   * Made when the resident confirms (SUBMIT) and kept while they only retry, so a repeated tap after a lost
   * answer returns the case already committed; cleared by 修改 (the submission may change).
   */
  submitKey: string | null;
  submitted: SubmittedCase | null;
  insured: InsuredStatus | null;
  queryError: string | null;
};

/** The submitCase actor's input: the submission and its idempotency key (api case.submit). */
export type SubmitCaseInput = Readonly<{ submission: CaseSubmission; idempotencyKey: string }>;

/**
 * What the wizard hands to the Node side at 提交 (the submitCase actor's input): the answers as typed and
 * which page belongs to which material. The Node side builds the province's message from its own records.
 */
export type CaseSubmission = Readonly<{
  itemId: string;
  actingFor: ActingFor;
  answers: Readonly<Record<string, string>>;
  usedPromise: boolean;
  pages: ReadonlyArray<{ materialId: string; photoId: string; sha256: string }>;
}>;

export type WizardEvent =
  | { type: 'IDENTIFIED'; person: IdentityPerson }
  | { type: 'IDENTITY_FAILED'; code: string }
  /** A device that failed is back (e.g. the reader after a replug): its problem leaves the screen. */
  | { type: 'IDENTITY_DEVICE_OK'; device: 'idcard' | 'scanner' }
  | { type: 'SET_ACTING_FOR'; actingFor: ActingFor }
  | { type: 'AGREE'; agreed: boolean }
  | { type: 'SET_FIELD'; name: string; value: string }
  | { type: 'SET_FIELDS'; values: Record<string, string> }
  | { type: 'CHOOSE_PROOF'; mode: 'photos' | 'promise' }
  | { type: 'ADD_PAGE'; materialId: string; page: PageRef }
  | { type: 'REMOVE_PAGE'; materialId: string; photoId: string }
  | { type: 'SIGN_PROMISE'; page: PageRef }
  | { type: 'TICK'; ticked: boolean }
  /** 修改 from 确认提交; `field` opens the form page that holds that answer. */
  | { type: 'EDIT'; target: 'form' | 'photos'; field?: string }
  | { type: 'SUBMIT' }
  | { type: 'RETRY' }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'FINISH' };
