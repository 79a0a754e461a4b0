import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case-status';
import { adminContract } from './admin-contract';
import {
  ConvertScriptArgsSchema,
  ConvertScriptResultSchema,
  HandwritingStatusSchema,
  RecognizeArgsSchema,
  RecognizeResultSchema,
} from './handwriting-schemas';
import { technicianContract } from './technician-contract';
import { LANGUAGES } from './languages';
import {
  CaseSubmissionSchema,
  IdentityPersonSchema,
  InsuranceCheckSchema,
  InsuredStatusSchema,
  PageRefSchema,
  PhotoProblem,
  PrintProblem,
  SessionId,
  ReceiptTextSchema,
  SubmittedCaseSchema,
} from './wizard-schemas';

/**
 * The one contract between the renderer and the Node side. Each method has a schema for its arguments and
 * one for its result; both transports (Electron IPC and the browser host's WebSocket) carry exactly this,
 * and the Node side validates every argument before a handler sees it.
 */

export { LANGUAGES } from './languages';
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const AppInfo = z.object({
  version: z.string(),
  terminalId: z.string(),
  terminalName: z.string(),
  serviceHall: z.object({ name: z.string(), phone: z.string() }),
  /** How the host reaches the renderer: 'electron' or 'browser-host'. */
  shell: z.enum(['electron', 'browser-host']),
  ui: z.object({
    defaultLanguage: Language,
    idleSeconds: z.number().int().positive(),
    idleWarningSeconds: z.number().int().positive(),
    elderModeDefault: z.boolean(),
  }),
  /** demo: simulators may run and SimApi is served (the screen says 演示); production: neither. */
  mode: z.enum(['demo', 'production']),
  /** Which devices are simulated (demo mode only): the simulator panel offers their controls. */
  simulated: z.object({
    idcard: z.boolean(),
    scanner: z.boolean(),
    printer: z.boolean(),
    province: z.boolean(),
  }),
  /** Enrollment payment guide shown on 结果 (configuration, not code). */
  enrollment: z.object({ contributionYuan: z.number(), paymentFrom: z.string(), paymentTo: z.string() }),
  camera: z.object({ label: z.string() }),
  /** The kiosk's own county (settings terminal.countyCode): the 参保区划 the enrollment form fills in. */
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /**
   * The province's code tables in force (settings `codeTables`): table → the kiosk's name → code. Choices
   * offer these codes; the Node side checks every submitted code against the same tables.
   */
  codeTables: z.object({
    name: z.string(),
    tables: z.record(z.string(), z.record(z.string(), z.string())),
  }),
  /**
   * Set when the kiosk runs but takes no case (its case database was unusable at start): the home screen
   * shows 暂停服务 instead of the service tiles. The detail is for staff only (office.health, the log).
   */
  outOfService: z
    .object({ reason: z.enum(['case-database-unusable']) })
    .nullable()
    .optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const NoArgs = z.object({}).strict();
export const Empty = z.object({});
const WithSession = z.object({ sessionId: SessionId }).strict();

/**
 * Simulator controls are not here: they are api/sim-contract.ts, served only in demo mode. Admin mode's
 * methods (adminGate.*, admin.*, office.*, tech.*) are api/admin-contract.ts, spread in at the end.
 */
export const kioskContract = {
  /** What the renderer needs to draw the shell: terminal identity and UI settings. */
  'app.info': { args: NoArgs, result: AppInfo },
  /** The resident walked away, finished, or the idle countdown ran out: wipe everything the session holds. */
  'session.end': {
    args: z
      .object({ sessionId: z.string().min(1).max(64), reason: z.enum(['home', 'finished', 'idle']) })
      .strict(),
    result: z.object({ wiped: z.boolean() }),
  },

  /** 身份认证: start polling the ID-card reader for this session; cards arrive as `identity.card` events. */
  'identity.start': { args: WithSession, result: z.object({ reader: z.enum(['ok', 'missing']) }) },
  'identity.stop': { args: WithSession, result: Empty },
  /**
   * 1101 for the person identified in this session (card or QR), asked as soon as they are known: whether
   * they are insured and where (参保地). 'unknown' when the province cannot be reached just now.
   */
  'identity.insurance': { args: WithSession, result: InsuranceCheckSchema },
  /** A scanned 医保电子凭证 QR code → the person (EC01). Refused with details.code 'qr-expired' | 'qr-unknown'. */
  'identity.resolveQr': {
    args: z.object({ sessionId: SessionId, qrText: z.string().min(1).max(2048) }).strict(),
    result: IdentityPersonSchema,
  },

  /** A captured frame → quality checks → compressed, encrypted page; or the problem to show. */
  'photo.accept': {
    args: z
      .object({
        sessionId: SessionId,
        mime: z.enum(['image/jpeg', 'image/png']),
        /** A signed 个人承诺书 page is rendered by the kiosk itself: it skips the camera quality checks. */
        kind: z.enum(['camera', 'promise']).default('camera'),
        /** base64 without a data: prefix; up to an 8-megapixel JPEG/PNG. */
        image: z.string().min(16).max(20_000_000),
      })
      .strict(),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        page: PageRefSchema,
        width: z.number(),
        height: z.number(),
        bytes: z.number(),
      }),
      z.object({ ok: z.literal(false), problem: PhotoProblem }),
    ]),
  },
  'photo.discard': {
    args: z.object({ sessionId: SessionId, photoId: z.string().min(1).max(64) }).strict(),
    result: Empty,
  },

  /**
   * 确认提交: the case, its pages and its outbox entries in one durable transaction; then the 受理编号.
   * `idempotencyKey`: a UUID the renderer makes when the resident confirms; the same key again (a retried
   * or doubled tap) returns the same case and 受理编号 and creates nothing.
   */
  'case.submit': {
    args: z
      .object({ sessionId: SessionId, submission: CaseSubmissionSchema, idempotencyKey: z.string().uuid() })
      .strict(),
    result: SubmittedCaseSchema,
  },
  /** Where a case of this session stands on its way to the province (shown live on 结果). */
  'case.status': {
    args: z.object({ sessionId: SessionId, caseId: z.string().max(64) }).strict(),
    result: z.object({
      status: z.enum(CASE_STATUSES),
      provinceNo: z.string().nullable(),
    }),
  },
  /**
   * 参保信息查询 (1101) of the person identified in this session. Refused with 'not-found' when the province
   * has no record; 'unavailable' offline; 'forbidden' when nobody was identified.
   */
  'insured.query': {
    args: WithSession,
    result: InsuredStatusSchema,
  },
  /** Prints the 回执 of a case of this session, or this session's query result. */
  'receipt.print': {
    args: z
      .object({
        sessionId: SessionId,
        kind: z.enum(['case', 'query']),
        caseId: z.string().max(64).optional(),
        language: Language,
        /** Translated receipt wording (the renderer owns i18next); the facts come from the Node side's records. */
        text: ReceiptTextSchema,
      })
      .strict(),
    result: z.discriminatedUnion('printed', [
      z.object({ printed: z.literal(true) }),
      z.object({ printed: z.literal(false), problem: PrintProblem }),
    ]),
  },

  /** 手写: whether the handwriting recognizer is installed; without it the keyboard offers pinyin only. */
  'input.handwriting': { args: NoArgs, result: HandwritingStatusSchema },
  /** 手写: one drawn character → candidates (Zinnia, offline). Refused 'unavailable' without the recognizer. */
  'input.recognize': { args: RecognizeArgsSchema, result: RecognizeResultSchema },
  /** Simplified text → the language's script (traditional for zh-TW), e.g. the next-character suggestions. */
  'input.convertScript': { args: ConvertScriptArgsSchema, result: ConvertScriptResultSchema },

  /**
   * 呼叫工作人员 from the Help dialog: logged Node-side for the admin screen. sessionId is absent on home;
   * step is the wizard step on screen ('home' there).
   */
  'staff.call': {
    args: z
      .object({
        sessionId: SessionId.optional(),
        step: z.string().regex(/^[a-zA-Z]{1,32}$/),
        /** The item being done, for the back-office's list of calls. */
        itemId: z
          .string()
          .regex(/^[a-zA-Z0-9-]{1,40}$/)
          .optional(),
      })
      .strict(),
    result: z.object({ calledAt: z.string() }),
  },

  ...adminContract,
  ...technicianContract,
} as const satisfies ApiContract;

/** A contract: one argument schema and one result schema per method name. */
export type ApiContract = Record<string, { args: z.ZodType; result: z.ZodType }>;

export type KioskContract = typeof kioskContract;
export type KioskMethod = keyof KioskContract;
export type ArgsOf<M extends KioskMethod> = z.input<KioskContract[M]['args']>;
export type ParsedArgsOf<M extends KioskMethod> = z.output<KioskContract[M]['args']>;
export type ResultOf<M extends KioskMethod> = z.output<KioskContract[M]['result']>;

export const isKioskMethod = (name: unknown): name is KioskMethod =>
  typeof name === 'string' && Object.hasOwn(kioskContract, name);
